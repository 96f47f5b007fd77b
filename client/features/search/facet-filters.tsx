import { useTranslation } from 'react-i18next';
import { getMunicipality } from '../../../shared/geo/municipalities';
import type { SearchFacetKey } from '../../../shared/search/schemas';
import { categoryLabel, type Language } from '../listings/format';

export type FacetCounts = Record<SearchFacetKey, Record<string, number>>;

/** The words a person reads for a facet's value: "Stockholm", "Erbjudanden", "Ja". */
export function useFacetValueLabel(language: Language) {
  const { t } = useTranslation();
  return (facet: SearchFacetKey, value: string): string => {
    switch (facet) {
      case 'side':
        return t(`listings.sides.${value as 'offer'}`);
      case 'type':
        return t(`listings.types.${value as 'material'}`);
      case 'category':
        return categoryLabel(value, language);
      case 'municipality':
        return getMunicipality(value)?.name ?? value;
      case 'priceModel':
        return t(`listings.priceModels.${value as 'free'}`);
      case 'hazardous':
        return t(`search.hazardousValues.${value as 'true'}`);
    }
  };
}

const facetOrder: SearchFacetKey[] = ['side', 'type', 'category', 'municipality', 'priceModel', 'hazardous'];

/**
 * The filter checkboxes: values of one facet combine (either of them), facets narrow each other.
 * Each count is what ticking that value would find given the other facets, so it stays put when
 * a sibling is ticked.
 */
export function FacetFilters({
  counts,
  chosen,
  language,
  onToggle,
}: {
  counts: FacetCounts;
  chosen: Record<SearchFacetKey, string[]>;
  language: Language;
  onToggle: (facet: SearchFacetKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const label = useFacetValueLabel(language);
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE');
  return (
    <>
      {facetOrder.map((facet) => {
        const entries = Object.entries(counts[facet]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        // A chosen value stays in the list, with 0, even when nothing matches it any more.
        const shown = [...new Set([...entries.map(([value]) => value), ...chosen[facet]])];
        if (shown.length === 0) return null;
        return (
          <fieldset key={facet} className="facet">
            <legend>{t(`search.${facet}`)}</legend>
            {shown.map((value) => (
              <label key={value} className="choice">
                <input
                  type="checkbox"
                  checked={chosen[facet].includes(value)}
                  onChange={() => onToggle(facet, value)}
                />
                <span className="choice-label">{label(facet, value)}</span>
                <span className="count">{number.format(counts[facet][value] ?? 0)}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
