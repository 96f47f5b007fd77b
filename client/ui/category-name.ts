import { categories } from '../../shared/taxonomy/categories';

// A lookup over the taxonomy's data alone: shared/taxonomy/taxonomy.ts also builds zod schemas,
// and pulling zod into the front page would cost 25 kB of its first load.
const names = new Map(categories.map((category) => [category.id, category]));

/** Falls back to the id, so a listing that outlived its category still shows something. */
export function categoryName(id: string, language: 'sv' | 'en'): string {
  return names.get(id)?.[language] ?? id;
}
