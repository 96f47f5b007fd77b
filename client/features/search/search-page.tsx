import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Package, SlidersHorizontal } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { type SearchFacetKey, searchSorts } from '../../../shared/search/schemas';
import { searchCategories } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { useSearchCompletions } from '../../lib/use-search-completions';
import { categoryName } from '../../ui/category-name';
import { languageOf } from '../../ui/format';
import { formatDistance } from '../../ui/format-distance';
import { useFormat } from '../../ui/use-format';
import { SaveSearch } from '../alerts/public';
import { ActiveFilters } from './active-filters';
import { FacetFilters } from './facet-filters';
import { chosenInUrl, clearFilters, facetParams, queryFromParams, toggleFacetValue } from './search-url';
import { useMediaQuery } from './use-media-query';

/** Below this width the filters fold behind a button above the results instead of a column beside them. */
const narrowQuery = '(max-width: 767.98px)';

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const format = useFormat();
  const message = useMessage();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const companyId = me.data?.memberships[0]?.companyId;
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ companyId: companyId ?? '' }),
    enabled: Boolean(companyId),
  });
  const sites = (company.data?.sites ?? []).filter((site) => site.lat !== null && site.lon !== null);
  const site = sites.find((candidate) => candidate.id === params.get('site'));
  const near = site && site.lat !== null && site.lon !== null ? { lat: site.lat, lon: site.lon } : undefined;
  const query = queryFromParams(params, near);
  // A request whose answer is no longer wanted (the query changed) is aborted; the previous page stays visible meanwhile.
  const results = useQuery({
    ...trpc.search.listings.queryOptions(query, { trpc: { abortOnUnmount: true } }),
    placeholderData: keepPreviousData,
  });

  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const completions = useSearchCompletions(text);
  // Typing searches after a pause, without a history entry per keystroke.
  useEffect(() => {
    if (text === (params.get('q') ?? '')) return;
    const timer = setTimeout(() => update((next) => (text ? next.set('q', text) : next.delete('q')), true), 300);
    return () => clearTimeout(timer);
  });

  function update(change: (next: URLSearchParams) => void, replace = false) {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('page');
    setParams(next, { replace });
  }
  const toggle = (facet: SearchFacetKey, value: string) => update((next) => toggleFacetValue(next, facet, value));
  const setSingle = (key: string, value: string | null) =>
    update((next) => (value ? next.set(key, value) : next.delete(key)));

  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const suggestions = text.trim().length >= 2 ? searchCategories(text, language, { limit: 5 }) : [];
  const searchId = useId();
  const filtersId = useId();
  const narrow = useMediaQuery(narrowQuery);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const disclosureButton = useRef<HTMLButtonElement>(null);
  const active = chosenInUrl(params);
  const chosen = Object.fromEntries(
    (Object.keys(facetParams) as SearchFacetKey[]).map((facet) => [
      facet,
      active.filter((filter) => filter.facet === facet).map((filter) => filter.value),
    ]),
  ) as Record<SearchFacetKey, string[]>;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE');
  const filters = data && <FacetFilters counts={data.facets} chosen={chosen} language={language} onToggle={toggle} />;

  return (
    <div className="search-layout">
      <section className="panel search-main" aria-labelledby="search-heading">
        <h1 id="search-heading">{t('search.heading')}</h1>
        <search>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              update((next) => (text ? next.set('q', text) : next.delete('q')));
            }}
          >
            <div className="field">
              <label htmlFor={searchId}>{t('search.query')}</label>
              <p className="hint" id={`${searchId}-hint`}>
                {t('search.queryHint')}
              </p>
              <div className="row">
                <input
                  id={searchId}
                  type="search"
                  value={text}
                  maxLength={200}
                  aria-describedby={`${searchId}-hint`}
                  list={`${searchId}-completions`}
                  autoComplete="off"
                  onChange={(event) => setText(event.target.value)}
                />
                <datalist id={`${searchId}-completions`} aria-label={t('search.completions')}>
                  {completions.map((suggestion) => (
                    <option key={suggestion} value={suggestion} />
                  ))}
                </datalist>
                <button type="submit">{t('search.submit')}</button>
              </div>
            </div>
          </form>
        </search>
        {me.data && <SaveSearch query={query} suggestedName={query.q || t('alerts.defaultName')} />}
        {suggestions.length > 0 && (
          <nav aria-label={t('search.suggestions')} className="filters">
            {suggestions.map((category) => (
              <button
                key={category.id}
                type="button"
                className="secondary"
                aria-pressed={query.categories?.includes(category.id) ?? false}
                onClick={() => toggle('category', category.id)}
              >
                {category[language]}
              </button>
            ))}
          </nav>
        )}
        <div className="row">
          <div className="field">
            <label htmlFor="search-sort">{t('search.sort')}</label>
            <select id="search-sort" value={query.sort} onChange={(event) => setSingle('sort', event.target.value)}>
              {searchSorts
                .filter((sort) => sort !== 'distance' || near)
                .map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`search.sorts.${sort}`)}
                  </option>
                ))}
            </select>
          </div>
          {sites.length > 0 && (
            <>
              <div className="field">
                <label htmlFor="search-site">{t('search.near')}</label>
                <select
                  id="search-site"
                  value={site?.id ?? ''}
                  onChange={(event) => setSingle('site', event.target.value || null)}
                >
                  <option value="">{t('search.nearNone')}</option>
                  {sites.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </div>
              {site && (
                <div className="field">
                  <label htmlFor="search-radius">{t('search.radius')}</label>
                  <input
                    id="search-radius"
                    type="number"
                    min="1"
                    max="1000"
                    value={params.get('r') ?? ''}
                    onChange={(event) => setSingle('r', event.target.value || null)}
                  />
                </div>
              )}
            </>
          )}
        </div>
        {results.isError && <p role="alert">{message(results.error.message)}</p>}
        {narrow && (
          <div className="filter-disclosure">
            <button
              type="button"
              className="secondary"
              aria-expanded={filtersOpen}
              aria-controls={filtersId}
              ref={disclosureButton}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              <SlidersHorizontal aria-hidden="true" size={18} />
              {t('search.filterButton', { count: active.length })}
            </button>
            <ActiveFilters
              filters={active}
              language={language}
              onRemove={(filter) => toggle(filter.facet, filter.value)}
              onClear={() => update(clearFilters)}
            />
            <div id={filtersId} className="search-facets-inline" hidden={!filtersOpen}>
              {filters}
              {data && (
                <button
                  type="button"
                  onClick={() => {
                    setFiltersOpen(false);
                    disclosureButton.current?.focus();
                  }}
                >
                  {t('search.showResults', { count: data.total, n: number.format(data.total) })}
                </button>
              )}
            </div>
          </div>
        )}
        {!narrow && (
          <ActiveFilters
            filters={active}
            language={language}
            onRemove={(filter) => toggle(filter.facet, filter.value)}
            onClear={() => update(clearFilters)}
          />
        )}
        {data && (
          <p aria-live="polite" className="result-count">
            {t('search.results', { count: data.total, n: number.format(data.total) })}
          </p>
        )}
        {data && data.total === 0 && (
          <div className="empty">
            <p>{t('search.none')}</p>
            <p>{t('search.relax')}</p>
            <Link to="/search">{t('search.clear')}</Link>
          </div>
        )}
        <ol className="results">
          {data?.hits.map((hit) => (
            <li key={hit.id} className="result">
              {hit.thumbnailUrl ? (
                <img className="result-thumbnail" src={hit.thumbnailUrl} alt="" width={72} height={72} loading="lazy" />
              ) : (
                <span className="result-thumbnail result-thumbnail-empty" aria-hidden="true">
                  <Package size={28} />
                </span>
              )}
              <div className="result-body">
                <h2>
                  <Link to={`/listings/${hit.id}`}>{hit.title}</Link>
                </h2>
                <p className="hint">
                  {t(`listings.kinds.${hit.side}_${hit.type}` as 'listings.kinds.offer_material')} ·{' '}
                  {categoryName(hit.categoryId, language)} · {getMunicipality(hit.municipalityCode)?.name}
                  {hit.distance !== null && ` · ${formatDistance(hit.distance, language, t)}`}
                </p>
                {hit.view === 'full' ? (
                  <>
                    <p>
                      {t('search.perYear', {
                        value: format.amount(hit.annualQuantity, baseUnitLabel(hit.quantityDimension)),
                      })}
                      {' · '}
                      {hit.company ? hit.company.name : t('search.anonymousCompany')}
                    </p>
                    {hit.snippet && (
                      <p className="snippet">
                        {hit.snippet.map((segment, index) =>
                          segment.highlight ? (
                            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
                            <mark key={index}>{segment.text}</mark>
                          ) : (
                            // biome-ignore lint/suspicious/noArrayIndexKey: as above
                            <span key={index}>{segment.text}</span>
                          ),
                        )}
                      </p>
                    )}
                  </>
                ) : (
                  <p>
                    {t('listings.about', {
                      quantity: format.quantity(hit.approximateQuantity, hit.unit, hit.frequency),
                    })}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
        {data && pages > 1 && (
          <nav aria-label={t('search.page', { page: query.page, pages })} className="pagination">
            <button
              type="button"
              disabled={(query.page ?? 1) <= 1}
              onClick={() => setParams((current) => withPage(current, (query.page ?? 1) - 1))}
            >
              {t('search.previous')}
            </button>
            <span>{t('search.page', { page: query.page, pages })}</span>
            <button
              type="button"
              disabled={(query.page ?? 1) >= pages}
              onClick={() => setParams((current) => withPage(current, (query.page ?? 1) + 1))}
            >
              {t('search.next')}
            </button>
          </nav>
        )}
      </section>
      {!narrow && (
        <aside className="panel search-facets" aria-labelledby="facets-heading">
          <h2 id="facets-heading">{t('search.filters')}</h2>
          {filters}
        </aside>
      )}
    </div>
  );
}

function withPage(current: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set('page', String(page));
  return next;
}

const baseUnits: Record<string, string> = {
  mass: 'kg',
  volume: 'l',
  count: 'pcs',
  pallets: 'pallets',
  time: 'hours',
  energy: 'kWh',
};
function baseUnitLabel(dimension: string): string {
  return baseUnits[dimension] ?? 'kg';
}
