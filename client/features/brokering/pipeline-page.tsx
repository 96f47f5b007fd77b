import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { type MatchStage, matchStages, pipelineSorts, reactionFilters } from '../../../shared/brokering/schemas';
import { getMunicipality, municipalities } from '../../../shared/geo/municipalities';
import { categories } from '../../../shared/taxonomy/categories';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { languageOf } from '../../ui/format';
import { useFormat } from '../../ui/use-format';

export type PipelineItem = inferRouterOutputs<AppRouter>['brokering']['pipeline']['items'][number];
type PipelineFilter = inferRouterInputs<AppRouter>['brokering']['pipeline'];

/** The filters live in the URL, so a view can be bookmarked and shared between colleagues. */
function filterFromUrl(params: URLSearchParams): PipelineFilter {
  const number = (key: string) => {
    const value = Number(params.get(key));
    return params.get(key) && Number.isInteger(value) ? value : undefined;
  };
  const stage = params.get('stage');
  const reaction = params.get('reaction');
  const sort = params.get('sort');
  const board = params.get('view') !== 'table';
  return {
    ...(stage && (matchStages as readonly string[]).includes(stage) ? { stages: [stage as MatchStage] } : {}),
    ...(params.get('municipality') ? { municipalityCode: params.get('municipality') as string } : {}),
    ...(params.get('category') ? { categoryId: params.get('category') as string } : {}),
    ...(number('minScore') !== undefined ? { minScore: number('minScore') } : {}),
    ...(params.get('assignee') ? { assigneeId: params.get('assignee') as string } : {}),
    ...(params.get('company') ? { companyId: params.get('company') as string } : {}),
    ...(number('maxAgeDays') !== undefined ? { maxAgeDays: number('maxAgeDays') } : {}),
    ...(reaction && (reactionFilters as readonly string[]).includes(reaction)
      ? { reaction: reaction as (typeof reactionFilters)[number] }
      : {}),
    sort: sort === 'waiting' ? 'waiting' : 'score',
    perStage: board,
    limit: board ? 20 : 200,
  };
}

export function daysSince(date: Date | string): number {
  return Math.max(0, Math.floor((Date.now() - new Date(date).getTime()) / 86_400_000));
}

/** IUC staff: every match in the region as a board (one column per stage) or a table, filtered. */
export function PipelinePage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [params, setParams] = useSearchParams();
  const filter = filterFromUrl(params);
  const pipeline = useQuery({ ...trpc.brokering.pipeline.queryOptions(filter), placeholderData: keepPreviousData });
  const board = filter.perStage;
  return (
    <>
      <section className="panel" aria-labelledby="pipeline-heading">
        <h1 id="pipeline-heading">{t('brokering.pipelineHeading')}</h1>
        <p>
          <Link to="/broker/matches/new">{t('brokering.newMatch')}</Link> ·{' '}
          <Link to="/broker/work">{t('brokering.myWorkNav')}</Link>
        </p>
        <Filters params={params} setParams={setParams} />
      </section>
      {pipeline.isError && <FormMessage kind="error">{message(pipeline.error.message)}</FormMessage>}
      {pipeline.isPending && <p>{t('common.loading')}</p>}
      {pipeline.data &&
        (pipeline.data.items.length === 0 ? (
          <p className="panel">{t('brokering.none')}</p>
        ) : board ? (
          <Board items={pipeline.data.items} counts={pipeline.data.counts} stages={filter.stages} />
        ) : (
          <PipelineTable
            items={pipeline.data.items}
            total={Object.values(pipeline.data.counts).reduce((a, b) => a + b, 0)}
          />
        ))}
    </>
  );
}

function Filters({ params, setParams }: { params: URLSearchParams; setParams: ReturnType<typeof useSearchParams>[1] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const staff = useQuery(trpc.brokering.staff.queryOptions());
  const companies = useQuery(trpc.companies.all.queryOptions());
  const groups = categories.filter((category) => category.parentId === null);
  return (
    <form
      className="filters"
      aria-label={t('brokering.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const next = new URLSearchParams();
        for (const [key, value] of form.entries()) if (typeof value === 'string' && value !== '') next.set(key, value);
        setParams(next);
      }}
    >
      <SelectField label={t('brokering.view')} name="view" defaultValue={params.get('view') ?? 'board'}>
        <option value="board">{t('brokering.board')}</option>
        <option value="table">{t('brokering.table')}</option>
      </SelectField>
      <SelectField label={t('brokering.stage')} name="stage" defaultValue={params.get('stage') ?? ''}>
        <option value="">{t('brokering.allStages')}</option>
        {matchStages.map((stage) => (
          <option key={stage} value={stage}>
            {t(`brokering.stages.${stage}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('brokering.municipality')}
        name="municipality"
        defaultValue={params.get('municipality') ?? ''}
      >
        <option value="">{t('brokering.anyMunicipality')}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('brokering.category')} name="category" defaultValue={params.get('category') ?? ''}>
        <option value="">{t('brokering.anyCategory')}</option>
        {groups.map((group) => (
          <optgroup key={group.id} label={group[language]}>
            <option value={group.id}>{group[language]}</option>
            {categories
              .filter((category) => category.parentId === group.id)
              .map((category) => (
                <option key={category.id} value={category.id}>
                  {categoryName(category.id, language)}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField label={t('brokering.assignee')} name="assignee" defaultValue={params.get('assignee') ?? ''}>
        <option value="">{t('brokering.anyAssignee')}</option>
        <option value="none">{t('brokering.unassigned')}</option>
        {staff.data?.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('brokering.company')} name="company" defaultValue={params.get('company') ?? ''}>
        <option value="">{t('brokering.anyCompany')}</option>
        {companies.data?.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('brokering.reaction')} name="reaction" defaultValue={params.get('reaction') ?? ''}>
        <option value="">{t('brokering.anyReaction')}</option>
        {reactionFilters.map((reaction) => (
          <option key={reaction} value={reaction}>
            {t(`brokering.reactions.${reaction}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('brokering.minScore')}
        name="minScore"
        type="number"
        min={0}
        max={100}
        defaultValue={params.get('minScore') ?? ''}
      />
      <TextField
        label={t('brokering.maxAgeDays')}
        name="maxAgeDays"
        type="number"
        min={1}
        max={3650}
        defaultValue={params.get('maxAgeDays') ?? ''}
      />
      <SelectField label={t('brokering.sort')} name="sort" defaultValue={params.get('sort') ?? 'score'}>
        {pipelineSorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`brokering.sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <button type="submit">{t('brokering.apply')}</button>
        <button type="button" className="secondary" onClick={() => setParams(new URLSearchParams())}>
          {t('brokering.reset')}
        </button>
      </div>
    </form>
  );
}

/** The companies' latest reactions as short badges. */
export function ReactionBadges({ item }: { item: Pick<PipelineItem, 'reactions' | 'need' | 'offer'> }) {
  const { t } = useTranslation();
  if (item.reactions.length === 0) return null;
  return (
    <>
      {item.reactions.map((reaction) => (
        <span key={reaction.companyId} className="badge">
          {reaction.companyId === item.need.company.id ? t('brokering.need') : t('brokering.offer')}:{' '}
          {t(`brokering.reactions.${reaction.reaction}`)}
        </span>
      ))}
    </>
  );
}

function MatchCard({ item }: { item: PipelineItem }) {
  const { t } = useTranslation();
  return (
    <li className="pipeline-card">
      <p>
        <Link to={`/broker/matches/${item.id}`}>
          <strong>{item.score}</strong> · {item.need.title} ↔ {item.offer.title}
        </Link>
      </p>
      <p className="hint">
        {item.need.company.name} ↔ {item.offer.company.name}
      </p>
      <p className="hint">
        {t('brokering.waiting')}: {t('brokering.days', { count: daysSince(item.stageChangedAt) })}
        {item.assignee && ` · ${item.assignee.name}`}
      </p>
      <ReactionBadges item={item} />
    </li>
  );
}

function Board({
  items,
  counts,
  stages,
}: {
  items: readonly PipelineItem[];
  counts: Record<MatchStage, number>;
  stages: readonly MatchStage[] | undefined;
}) {
  const { t } = useTranslation();
  const shown = stages && stages.length > 0 ? stages : matchStages;
  return (
    <div className="pipeline-board">
      {shown.map((stage) => {
        const inStage = items.filter((item) => item.stage === stage);
        return (
          <section key={stage} className="pipeline-column" aria-labelledby={`stage-${stage}`}>
            <h2 id={`stage-${stage}`}>
              {t(`brokering.stages.${stage}`)}{' '}
              <span className="hint">({t('brokering.count', { count: counts[stage] })})</span>
            </h2>
            {inStage.length < counts[stage] && (
              <p className="hint">{t('brokering.showingFirst', { shown: inStage.length, count: counts[stage] })}</p>
            )}
            <ol>
              {inStage.map((item) => (
                <MatchCard key={item.id} item={item} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

export function PipelineTable({
  items,
  total,
  showOverdue = false,
}: {
  items: readonly (PipelineItem & { overdue?: boolean })[];
  total: number;
  showOverdue?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel table-scroll">
      {items.length < total && (
        <p className="hint">{t('brokering.showingFirst', { shown: items.length, count: total })}</p>
      )}
      <table className="pipeline-table">
        <thead>
          <tr>
            <th scope="col">{t('brokering.score')}</th>
            <th scope="col">{t('brokering.stage')}</th>
            <th scope="col">{t('brokering.need')}</th>
            <th scope="col">{t('brokering.offer')}</th>
            <th scope="col">{t('brokering.assignee')}</th>
            <th scope="col">{t('brokering.waiting')}</th>
            <th scope="col">{t('brokering.nextStep')}</th>
            <th scope="col">{t('brokering.reaction')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link
                  to={`/broker/matches/${item.id}`}
                  aria-label={`${t('brokering.open')}: ${item.need.title} ↔ ${item.offer.title}`}
                >
                  {item.score}
                </Link>
              </td>
              <td>{t(`brokering.stages.${item.stage}`)}</td>
              <td>
                {item.need.title}
                <br />
                <span className="hint">
                  {item.need.company.name} · {getMunicipality(item.need.municipalityCode)?.name}
                </span>
              </td>
              <td>
                {item.offer.title}
                <br />
                <span className="hint">
                  {item.offer.company.name} · {getMunicipality(item.offer.municipalityCode)?.name}
                </span>
              </td>
              <td>{item.assignee?.name ?? '–'}</td>
              <td>{t('brokering.days', { count: daysSince(item.stageChangedAt) })}</td>
              <td>
                {showOverdue && item.overdue && <strong className="badge">{t('brokering.overdue')}</strong>}{' '}
                {item.nextStep ?? ''}
                {item.nextStepDue && ` (${t('brokering.due', { date: format.date(item.nextStepDue) })})`}
              </td>
              <td>
                <ReactionBadges item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
