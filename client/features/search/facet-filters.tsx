import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMunicipality } from '../../../shared/geo/municipalities';
import type { SearchFacetKey } from '../../../shared/search/schemas';
import { categoryName } from '../../ui/category-name';
import type { Language } from '../../ui/format';

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
        return categoryName(value, language);
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
      {facetOrder.map((facet) => (
        <Facet
          key={facet}
          facet={facet}
          counts={counts[facet]}
          chosen={chosen[facet]}
          label={(value) => label(facet, value)}
          format={(count) => number.format(count)}
          onToggle={(value) => onToggle(facet, value)}
          legend={t(`search.${facet}`)}
        />
      ))}
    </>
  );
}

/** Long lists (26 municipalities) show their largest values first and the rest on request. */
const shortList = 8;

function Facet({
  facet,
  counts,
  chosen,
  label,
  format,
  onToggle,
  legend,
}: {
  facet: SearchFacetKey;
  counts: Record<string, number>;
  chosen: string[];
  label: (value: string) => string;
  format: (count: number) => string;
  onToggle: (value: string) => void;
  legend: string;
}) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const listId = `facet-${facet}`;
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
  // A chosen value stays in the list, with 0, even when nothing matches it any more.
  const all = [...new Set([...entries.map(([value]) => value), ...chosen])];
  if (all.length === 0) return null;
  const long = all.length > shortList + 2;
  const shown = long && !showAll ? all.filter((value, index) => index < shortList || chosen.includes(value)) : all;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <div id={listId}>
        {shown.map((value) => (
          <label key={value} className="choice">
            <input type="checkbox" checked={chosen.includes(value)} onChange={() => onToggle(value)} />
            <span className="choice-label">{label(value)}</span>
            <span className="count">{format(counts[value] ?? 0)}</span>
          </label>
        ))}
      </div>
      {long && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((open) => !open)}
        >
          {showAll ? t('search.showFewer') : t('search.showAll', { count: all.length })}
        </button>
      )}
    </fieldset>
  );
}
