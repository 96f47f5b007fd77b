import { pathOf } from '../taxonomy/taxonomy';

/**
 * The words a listing's category adds to its search text: the names in both languages and the
 * trade words of the category and every group above it, so "cardboard" finds a listing in
 * "Wellpapp/kartong" and "metall" finds aluminium swarf.
 */
export function categorySearchTerms(categoryId: string): string {
  const words = pathOf(categoryId).flatMap((category) => [
    category.sv,
    category.en,
    ...(category.keywords?.sv ?? []),
    ...(category.keywords?.en ?? []),
  ]);
  return [...new Set(words)].join(' ');
}
