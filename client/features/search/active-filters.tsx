import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SearchFacetKey } from '../../../shared/search/schemas';
import type { Language } from '../../ui/format';
import { useFacetValueLabel } from './facet-filters';

/** The filters in force as chips, each with its own remove button, and "Rensa alla". */
export function ActiveFilters({
  filters,
  language,
  onRemove,
  onClear,
}: {
  filters: { facet: SearchFacetKey; value: string }[];
  language: Language;
  onRemove: (filter: { facet: SearchFacetKey; value: string }) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const label = useFacetValueLabel(language);
  if (filters.length === 0) return null;
  return (
    <section className="active-filters" aria-label={t('search.activeFilters')}>
      <ul className="chips">
        {filters.map((filter) => {
          const text = `${t(`search.${filter.facet}`)}: ${label(filter.facet, filter.value)}`;
          return (
            <li key={`${filter.facet}:${filter.value}`} className="chip">
              <span>{text}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('search.removeFilter', { filter: text })}
                onClick={() => onRemove(filter)}
              >
                <X aria-hidden="true" size={16} />
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="secondary" onClick={onClear}>
        {t('search.clearAll')}
      </button>
    </section>
  );
}
