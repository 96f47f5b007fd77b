import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { categories } from '../../shared/taxonomy/categories';
import {
  categoryIdSchema,
  categoryName,
  childrenOf,
  descendantLeafIds,
  getCategory,
  isLeaf,
  leafCategories,
  leafCategoryIdSchema,
  pathOf,
  searchCategories,
  substitutesOf,
  topLevelOf,
} from '../../shared/taxonomy/taxonomy';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../shared/data/${name}`, import.meta.url), 'utf8'));
const ewcChapters = new Set((readJson('ewc-chapters.json') as { chapter: string }[]).map((c) => c.chapter));
const emissionFactorIds = new Set(
  (readJson('emission-factors.json') as { categories: { id: string }[] }).categories.map((c) => c.id),
);

test('category ids are unique kebab-case', () => {
  const ids = categories.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('every parentId points at an existing category of the same type', () => {
  for (const category of categories) {
    if (category.parentId === null) continue;
    const parent = getCategory(category.parentId);
    expect(parent, category.id).toBeDefined();
    expect(parent?.type, category.id).toBe(category.type);
  }
});

test('every category has a Swedish and an English name', () => {
  for (const category of categories) {
    expect(category.sv.trim(), category.id).not.toBe('');
    expect(category.en.trim(), category.id).not.toBe('');
  }
});

test('there are at least 60 leaves, 40 of them material and 20 capacity', () => {
  expect(leafCategories().length).toBeGreaterThanOrEqual(60);
  expect(leafCategories('material').length).toBeGreaterThanOrEqual(40);
  expect(leafCategories('capacity').length).toBeGreaterThanOrEqual(20);
});

test('every material leaf names EWC chapters that exist and an emission factor that exists or is explicitly null', () => {
  for (const leaf of leafCategories('material')) {
    expect(Array.isArray(leaf.ewcChapters), leaf.id).toBe(true);
    for (const chapter of leaf.ewcChapters ?? []) expect(ewcChapters.has(chapter), `${leaf.id}: ${chapter}`).toBe(true);
    expect(Object.hasOwn(leaf, 'emissionFactorKey'), leaf.id).toBe(true);
    if (leaf.emissionFactorKey !== null)
      expect(emissionFactorIds.has(leaf.emissionFactorKey ?? ''), leaf.id).toBe(true);
  }
});

test('capacity leaves carry no EWC chapters or emission factor', () => {
  for (const leaf of leafCategories('capacity')) {
    expect(leaf.ewcChapters, leaf.id).toBeUndefined();
    expect(leaf.emissionFactorKey, leaf.id).toBeUndefined();
  }
});

test('every leaf has quantity dimensions and groups have none', () => {
  for (const category of categories) {
    if (isLeaf(category.id)) expect(category.dimensions?.length, category.id).toBeGreaterThan(0);
    else expect(category.dimensions, category.id).toBeUndefined();
  }
});

test('substitutes point at other existing leaves of the same type', () => {
  for (const leaf of leafCategories()) {
    for (const substituteId of leaf.substitutes ?? []) {
      expect(substituteId, leaf.id).not.toBe(leaf.id);
      expect(isLeaf(substituteId), `${leaf.id} → ${substituteId}`).toBe(true);
      expect(getCategory(substituteId)?.type, `${leaf.id} → ${substituteId}`).toBe(leaf.type);
    }
  }
});

test('a parent’s descendant leaves include all leaves below it, and a leaf returns itself', () => {
  const metals = descendantLeafIds('metals');
  expect(metals).toContain('aluminium-swarf');
  expect(metals).toContain('mixed-metal-scrap');
  expect(metals).not.toContain('aluminium');
  expect(descendantLeafIds('aluminium')).toEqual(['aluminium-offcuts', 'aluminium-swarf']);
  expect(descendantLeafIds('cnc-milling')).toEqual(['cnc-milling']);
  expect(descendantLeafIds('no-such-category')).toEqual([]);
  for (const root of categories.filter((c) => c.parentId === null)) {
    for (const leafId of descendantLeafIds(root.id)) expect(topLevelOf(leafId)).toBe(root.id);
  }
});

test('the path runs from the root group to the leaf', () => {
  expect(pathOf('aluminium-swarf').map((c) => c.id)).toEqual(['metals', 'aluminium', 'aluminium-swarf']);
  expect(pathOf('laser-cutting').map((c) => c.id)).toEqual(['sheet-metal', 'laser-cutting']);
  expect(pathOf('nope')).toEqual([]);
  expect(topLevelOf('aluminium-swarf')).toBe('metals');
});

test('children, names and substitutes are looked up by id', () => {
  expect(childrenOf('aluminium').map((c) => c.id)).toEqual(['aluminium-offcuts', 'aluminium-swarf']);
  expect(childrenOf('aluminium-swarf')).toEqual([]);
  expect(categoryName('aluminium-swarf', 'sv')).toBe('Aluminiumspån');
  expect(categoryName('aluminium-swarf', 'en')).toBe('Aluminium swarf');
  expect(categoryName('retired-id', 'sv')).toBe('retired-id');
  expect(substitutesOf('pp-regrind')).toEqual(['plastic-pp']);
  expect(substitutesOf('steel-swarf')).toEqual([]);
});

test('search ignores case and accents and ranks name prefixes first', () => {
  expect(searchCategories('LASERSKARNING', 'sv')[0]?.id).toBe('laser-cutting');
  expect(
    searchCategories('alumin', 'sv')
      .slice(0, 3)
      .map((c) => c.id),
  ).toEqual(expect.arrayContaining(['aluminium', 'aluminium-offcuts', 'aluminium-swarf']));
  expect(searchCategories('spillvarme', 'sv')[0]?.id).toBe('excess-heat');
});

test('search finds categories through the other language and through keywords', () => {
  expect(searchCategories('cardboard', 'sv').map((c) => c.id)).toContain('cardboard');
  expect(searchCategories('wellpapp', 'en').map((c) => c.id)).toContain('cardboard');
  expect(searchCategories('frigolit', 'sv').map((c) => c.id)).toContain('plastic-ps');
  expect(searchCategories('spån alu', 'sv').map((c) => c.id)).toContain('aluminium-swarf');
});

test('search can be limited to leaves of one type and returns nothing for an empty query', () => {
  const hits = searchCategories('pall', 'sv', { type: 'capacity', leavesOnly: true });
  expect(hits.map((c) => c.id)).toContain('pallet-storage');
  expect(hits.every((c) => c.type === 'capacity' && isLeaf(c.id))).toBe(true);
  expect(searchCategories('   ', 'sv')).toEqual([]);
  expect(searchCategories('a', 'sv', { limit: 5 })).toHaveLength(5);
});

test('the id schemas accept known ids and reject unknown ones and groups', () => {
  expect(categoryIdSchema.parse('metals')).toBe('metals');
  expect(categoryIdSchema.safeParse('gold-bars').error?.issues[0]?.message).toBe('validation.categoryUnknown');
  expect(leafCategoryIdSchema.parse('aluminium-swarf')).toBe('aluminium-swarf');
  expect(leafCategoryIdSchema.safeParse('gold-bars').error?.issues[0]?.message).toBe('validation.categoryUnknown');
  expect(leafCategoryIdSchema.safeParse('metals').success).toBe(false);
});
