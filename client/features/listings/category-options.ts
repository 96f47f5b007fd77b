import { synonymsOf } from '../../../shared/search/synonyms';
import type { ListingType } from '../../../shared/taxonomy/categories';
import { type Language, leafCategories, pathOf, searchCategories } from '../../../shared/taxonomy/taxonomy';

export interface CategoryOption {
  id: string;
  name: string;
  /** The groups above the leaf, root first, e.g. "Metaller › Aluminium". */
  parents: string;
}

const limit = 40;

export function categoryPath(id: string, language: Language): string {
  return pathOf(id)
    .map((category) => category[language])
    .join(' › ');
}

function optionOf(category: { id: string }, language: Language): CategoryOption {
  const path = pathOf(category.id);
  return {
    id: category.id,
    name: path.at(-1)?.[language] ?? category.id,
    parents: path
      .slice(0, -1)
      .map((group) => group[language])
      .join(' › '),
  };
}

/**
 * The leaves of the kind that fit what was typed: names and trade words in both languages (the
 * taxonomy's own search), then the categories of the words' synonyms, so "inox" finds stainless
 * steel and "wellpapp" finds cardboard. An empty query lists every leaf in taxonomy order.
 */
export function categoryOptions(query: string, language: Language, type: ListingType): CategoryOption[] {
  const text = query.trim();
  if (text === '') return leafCategories(type).map((category) => optionOf(category, language));
  const options = { type, leavesOnly: true, limit };
  const found = new Map(searchCategories(text, language, options).map((category) => [category.id, category]));
  const words = [text, ...text.split(/\s+/)];
  for (const synonym of new Set(words.flatMap((word) => synonymsOf(word)))) {
    for (const category of searchCategories(synonym, language, options)) {
      if (found.size >= limit) break;
      if (!found.has(category.id)) found.set(category.id, category);
    }
  }
  return [...found.values()].map((category) => optionOf(category, language));
}
