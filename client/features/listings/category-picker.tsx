import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingType } from '../../../shared/taxonomy/categories';
import { leafCategories, searchCategories, topLevelOf } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { categoryLabel, languageOf } from './format';

/**
 * A search box over the category names and trade words in the chosen language, and the matching
 * categories as a list box; with an empty search, every category of the kind, grouped.
 */
export function CategoryPicker({
  type,
  value,
  onChange,
  error,
}: {
  type: ListingType;
  value: string;
  onChange: (categoryId: string) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const language = languageOf(i18n.language);
  const id = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const found = query.trim()
      ? searchCategories(query, language, { type, leavesOnly: true, limit: 40 })
      : leafCategories(type);
    const groups = new Map<string, { id: string; label: string }[]>();
    for (const category of found) {
      const group = topLevelOf(category.id) ?? category.id;
      groups.set(group, [...(groups.get(group) ?? []), { id: category.id, label: category[language] }]);
    }
    return [...groups.entries()];
  }, [query, language, type]);
  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>{t('listings.categorySearch')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('listings.categorySearchHint')}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-list`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label htmlFor={`${id}-list`}>{t('listings.category')}</label>
      <select
        id={`${id}-list`}
        size={8}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map(([group, categories]) => (
          <optgroup key={group} label={categoryLabel(group, language)}>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {value && <p className="hint">{categoryLabel(value, language)}</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {message(error)}
        </p>
      )}
    </div>
  );
}
