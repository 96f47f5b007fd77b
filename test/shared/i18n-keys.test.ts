import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../../client/i18n/en';
import { sv } from '../../client/i18n/sv';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

const svKeys = flatten(sv as unknown as Tree);
const enKeys = flatten(en as unknown as Tree);
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** A key as code asks for it: "units.pallets" stands for "units.pallets_one" and "units.pallets_other". */
const askable = new Set([...svKeys.keys()].map((key) => key.replace(pluralSuffix, '')));

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

test('Swedish and English have the same keys', () => {
  const onlySv = [...svKeys.keys()].filter((key) => !enKeys.has(key));
  const onlyEn = [...enKeys.keys()].filter((key) => !svKeys.has(key));
  expect({ onlySv, onlyEn }).toEqual({ onlySv: [], onlyEn: [] });
});

test('a plural key has its singular and its plural in both languages', () => {
  for (const keys of [svKeys, enKeys]) {
    for (const key of keys.keys()) {
      const base = key.match(/^(.*)_(one|other)$/)?.[1];
      if (base) expect([keys.has(`${base}_one`), keys.has(`${base}_other`)], key).toEqual([true, true]);
    }
  }
});

test('every key the client asks for by name exists, so no page shows a raw key', () => {
  const missing: string[] = [];
  for (const file of filesUnder('client', /\.tsx?$/)) {
    const source = readFileSync(file, 'utf8');
    // t('a.b'), t("a.b") and i18n.exists-free message keys such as label={t('x.y')}; template keys are checked by types.
    for (const match of source.matchAll(/\bt\(\s*['"]([a-zA-Z][\w.]*)['"]/g)) {
      const key = match[1] as string;
      if (!askable.has(key)) missing.push(`${file}: ${key}`);
    }
  }
  expect(missing).toEqual([]);
});

test('every message key a schema or service sends to the client has a text', () => {
  const missing: string[] = [];
  for (const file of [...filesUnder('shared', /\.ts$/), ...filesUnder('server', /\.ts$/)]) {
    const source = readFileSync(file, 'utf8');
    const patterns = [/message:\s*'(validation\.[\w.]+)'/g, /Error\(\s*'([a-z]+\.[\w.]+)'/g];
    for (const pattern of patterns) {
      for (const match of source.matchAll(pattern)) {
        const key = match[1] as string;
        if (!askable.has(key)) missing.push(`${file}: ${key}`);
      }
    }
  }
  expect(missing).toEqual([]);
});
