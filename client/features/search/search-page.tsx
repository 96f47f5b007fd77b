import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { type SearchListingsInput, searchSorts } from '../../../shared/search/schemas';
import { searchCategories } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../accounts/api/use-me';
import { SaveSearch } from '../alerts/save-search';
import { categoryLabel, formatAmount, formatQuantity, languageOf } from '../listings/format';

type Sort = (typeof searchSorts)[number];
const facetParams = { side: 'side', type: 'type', priceModel: 'price', hazardous: 'haz' } as const;

/** The whole search state lives in the URL, so a search can be shared and the back button works. */
function queryFromParams(params: URLSearchParams, near: { lat: number; lon: number } | undefined): SearchListingsInput {
  const radius = Number(params.get('r'));
  const hazardous = params.get('haz');
  return {
    q: params.get('q') ?? '',
    side: (params.get('side') as SearchListingsInput['side']) ?? undefined,
    type: (params.get('type') as SearchListingsInput['type']) ?? undefined,
    categories: params.getAll('cat'),
    municipalities: params.getAll('mun'),
    priceModel: (params.get('price') as SearchListingsInput['priceModel']) ?? undefined,
    hazardous: hazardous === null ? undefined : hazardous === 'true',
    near: near ? { ...near, ...(radius > 0 ? { radiusKm: radius } : {}) } : undefined,
    sort: (params.get('sort') as Sort) ?? 'relevance',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: 20,
  };
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
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
  // Completions of the word being typed, asked for after a short pause; stale requests are aborted.
  const [typed, setTyped] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const completions = useQuery({
    ...trpc.search.suggest.queryOptions({ q: typed }, { trpc: { abortOnUnmount: true } }),
    enabled: typed.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
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
  const toggle = (key: string, value: string) =>
    update((next) => {
      const values = next.getAll(key);
      next.delete(key);
      for (const existing of values) if (existing !== value) next.append(key, existing);
      if (!values.includes(value)) next.append(key, value);
    });
  const setSingle = (key: string, value: string | null) =>
    update((next) => (value ? next.set(key, value) : next.delete(key)));

  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const suggestions = text.trim().length >= 2 ? searchCategories(text, language, { limit: 5 }) : [];
  const searchId = useId();

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
                  {(text.trim().length >= 2 ? (completions.data?.suggestions ?? []) : []).map((suggestion) => (
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
                onClick={() => toggle('cat', category.id)}
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
        {data && (
          <p aria-live="polite">
            {t('search.results', { count: data.total })}{' '}
            <span className="hint">{t('search.took', { ms: data.tookMs })}</span>
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
              <h2>
                <Link to={`/listings/${hit.id}`}>{hit.title}</Link>
              </h2>
              <p className="hint">
                {t(`listings.kinds.${hit.side}_${hit.type}` as 'listings.kinds.offer_material')} ·{' '}
                {categoryLabel(hit.categoryId, language)} · {getMunicipality(hit.municipalityCode)?.name}
                {hit.distanceKm !== null && ` · ${t('search.distanceKm', { km: hit.distanceKm })}`}
              </p>
              {hit.view === 'full' ? (
                <>
                  <p>
                    {t('search.perYear', {
                      value: formatAmount(hit.annualQuantity, baseUnitLabel(hit.quantityDimension), language),
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
                    quantity: formatQuantity(hit.approximateQuantity, hit.unit, hit.frequency, language),
                  })}
                </p>
              )}
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
      <aside className="panel search-facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading">{t('search.filters')}</h2>
        {data && (
          <>
            <Facet
              legend={t('search.side')}
              counts={data.facets.side}
              selected={query.side ? [query.side] : []}
              label={(value) => t(`listings.sides.${value as 'offer'}`)}
              onToggle={(value) => setSingle(facetParams.side, query.side === value ? null : value)}
            />
            <Facet
              legend={t('search.type')}
              counts={data.facets.type}
              selected={query.type ? [query.type] : []}
              label={(value) => t(`listings.types.${value as 'material'}`)}
              onToggle={(value) => setSingle(facetParams.type, query.type === value ? null : value)}
            />
            <Facet
              legend={t('search.category')}
              counts={data.facets.category}
              selected={query.categories ?? []}
              label={(value) => categoryLabel(value, language)}
              onToggle={(value) => toggle('cat', value)}
            />
            <Facet
              legend={t('search.municipality')}
              counts={data.facets.municipality}
              selected={query.municipalities ?? []}
              label={(value) => getMunicipality(value)?.name ?? value}
              onToggle={(value) => toggle('mun', value)}
            />
            <Facet
              legend={t('search.priceModel')}
              counts={data.facets.priceModel}
              selected={query.priceModel ? [query.priceModel] : []}
              label={(value) => t(`listings.priceModels.${value as 'free'}`)}
              onToggle={(value) => setSingle(facetParams.priceModel, query.priceModel === value ? null : value)}
            />
            <Facet
              legend={t('search.hazardous')}
              counts={data.facets.hazardous}
              selected={query.hazardous === undefined ? [] : [String(query.hazardous)]}
              label={(value) => t(`search.hazardousValues.${value as 'true'}`)}
              onToggle={(value) => setSingle(facetParams.hazardous, String(query.hazardous) === value ? null : value)}
            />
          </>
        )}
      </aside>
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

function Facet({
  legend,
  counts,
  selected,
  label,
  onToggle,
}: {
  legend: string;
  counts: Record<string, number>;
  selected: string[];
  label: (value: string) => string;
  onToggle: (value: string) => void;
}) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const shown = [...new Set([...selected, ...entries.map(([value]) => value)])];
  if (shown.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {shown.map((value) => (
        <label key={value} className="choice">
          <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} />
          {label(value)} <span className="count">({counts[value] ?? 0})</span>
        </label>
      ))}
    </fieldset>
  );
}
