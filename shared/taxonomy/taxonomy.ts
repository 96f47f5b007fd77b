import { z } from 'zod';
import { type Category, categories, type ListingType } from './categories';

export type Language = 'sv' | 'en';

// Built once at import: every helper below is a Map lookup, so the matcher can call them per candidate.
const byId = new Map<string, Category>();
const childrenByParent = new Map<string, Category[]>();
for (const category of categories) {
  byId.set(category.id, category);
  if (category.parentId !== null) {
    const siblings = childrenByParent.get(category.parentId);
    if (siblings) siblings.push(category);
    else childrenByParent.set(category.parentId, [category]);
  }
}

const leafIdsUnder = new Map<string, readonly string[]>();
function collectLeafIds(id: string): readonly string[] {
  const known = leafIdsUnder.get(id);
  if (known) return known;
  const children = childrenByParent.get(id);
  const leaves = children ? children.flatMap((child) => collectLeafIds(child.id)) : [id];
  leafIdsUnder.set(id, leaves);
  return leaves;
}
for (const category of categories) collectLeafIds(category.id);

const leaves = categories.filter((category) => !childrenByParent.has(category.id));
const leavesByType: Record<ListingType, readonly Category[]> = {
  material: leaves.filter((category) => category.type === 'material'),
  capacity: leaves.filter((category) => category.type === 'capacity'),
};

export function getCategory(id: string): Category | undefined {
  return byId.get(id);
}

export function isLeaf(id: string): boolean {
  return byId.has(id) && !childrenByParent.has(id);
}

export function leafCategories(type?: ListingType): readonly Category[] {
  return type ? leavesByType[type] : leaves;
}

export function childrenOf(id: string): readonly Category[] {
  return childrenByParent.get(id) ?? [];
}

/** A leaf returns itself; a group returns every leaf below it; an unknown id returns nothing. */
export function descendantLeafIds(id: string): readonly string[] {
  return leafIdsUnder.get(id) ?? [];
}

/** Root → … → the category itself; empty for an unknown id. */
export function pathOf(id: string): readonly Category[] {
  const path: Category[] = [];
  let current = byId.get(id);
  while (current) {
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

export function topLevelOf(id: string): string | undefined {
  return pathOf(id)[0]?.id;
}

/** Falls back to the id, so a listing that outlived its category still shows something. */
export function categoryName(id: string, lang: Language): string {
  return byId.get(id)?.[lang] ?? id;
}

export function substitutesOf(id: string): readonly string[] {
  return byId.get(id)?.substitutes ?? [];
}

/** Lower case without diacritics, so "aluminium" finds "Aluminiumspån" and "lasersk" finds "Laserskärning". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface SearchEntry {
  category: Category;
  name: Record<Language, string>;
  keywords: Record<Language, readonly string[]>;
}

const searchEntries: readonly SearchEntry[] = categories.map((category) => ({
  category,
  name: { sv: foldForSearch(category.sv), en: foldForSearch(category.en) },
  keywords: {
    sv: (category.keywords?.sv ?? []).map(foldForSearch),
    en: (category.keywords?.en ?? []).map(foldForSearch),
  },
}));

const wordStart = (haystack: string, needle: string) =>
  haystack.startsWith(needle) || [' ', '-', '(', '/', ','].some((sep) => haystack.includes(sep + needle));

// Lower is better. Name prefixes in the reader's language rank first, then the other language,
// then word prefixes, keywords, and finally any substring.
function rank(entry: SearchEntry, query: string, lang: Language): number | undefined {
  const other: Language = lang === 'sv' ? 'en' : 'sv';
  if (entry.name[lang].startsWith(query)) return 0;
  if (entry.name[other].startsWith(query)) return 1;
  if (wordStart(entry.name[lang], query) || wordStart(entry.name[other], query)) return 2;
  if (entry.keywords[lang].some((k) => k.startsWith(query))) return 3;
  if (entry.keywords[other].some((k) => k.startsWith(query))) return 4;
  if (entry.name[lang].includes(query) || entry.name[other].includes(query)) return 5;
  if ([...entry.keywords[lang], ...entry.keywords[other]].some((k) => k.includes(query))) return 6;
  // Several words ("spån alu"): each must be found somewhere in the entry.
  const tokens = query.split(' ');
  if (tokens.length > 1) {
    const haystack = [entry.name.sv, entry.name.en, ...entry.keywords.sv, ...entry.keywords.en].join(' | ');
    if (tokens.every((token) => haystack.includes(token))) return 7;
  }
  return undefined;
}

export interface CategorySearchOptions {
  type?: ListingType;
  leavesOnly?: boolean;
  limit?: number;
}

/** For the searchable category picker: case- and accent-insensitive, both languages. An empty query finds nothing. */
export function searchCategories(text: string, lang: Language, options: CategorySearchOptions = {}): Category[] {
  const query = foldForSearch(text);
  if (query === '') return [];
  const collator = new Intl.Collator(lang);
  const hits: { category: Category; rank: number }[] = [];
  for (const entry of searchEntries) {
    if (options.type && entry.category.type !== options.type) continue;
    if (options.leavesOnly && !isLeaf(entry.category.id)) continue;
    const r = rank(entry, query, lang);
    if (r !== undefined) hits.push({ category: entry.category, rank: r });
  }
  hits.sort((a, b) => a.rank - b.rank || collator.compare(a.category[lang], b.category[lang]));
  const found = hits.map((hit) => hit.category);
  return options.limit === undefined ? found : found.slice(0, options.limit);
}

/** Kept apart so the client can map each to a translated field error. */
export const categoryMessages = {
  unknown: 'validation.categoryUnknown',
  notLeaf: 'validation.categoryNotLeaf',
} as const;

export const categoryIdSchema = z.string().refine((id) => byId.has(id), { error: categoryMessages.unknown });

export const leafCategoryIdSchema = z.string().superRefine((id, ctx) => {
  if (!byId.has(id)) ctx.addIssue({ code: 'custom', message: categoryMessages.unknown });
  else if (!isLeaf(id)) ctx.addIssue({ code: 'custom', message: categoryMessages.notLeaf });
});
