import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AppRouter } from '../../../server/router';
import {
  dealStages,
  type MatchStage,
  matchStages,
  offRampReasons,
  offRampStages,
} from '../../../shared/brokering/schemas';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { explainMatch } from '../../../shared/matching/explain';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { useFormat } from '../../ui/use-format';
import { ConversationThread } from '../conversations/public';
import { OutcomePanel } from '../impact/public';

type MatchDetail = inferRouterOutputs<AppRouter>['brokering']['match'];
type Side = MatchDetail['need'];

/** A server error as a sentence, with a stage named in it translated (a CONFLICT names the current stage). */
function useErrorText() {
  const { t } = useTranslation();
  const message = useMessage();
  return (error: unknown): string => {
    if (!(error instanceof TRPCClientError)) return (error as Error)?.message ?? '';
    const data = error.data as {
      params?: Record<string, string> | null;
      fieldErrors?: Record<string, string[]> | null;
    };
    const params = { ...(data?.params ?? {}) };
    if (params.currentStage) params.currentStage = t(`brokering.stages.${params.currentStage as MatchStage}`);
    if (params.toStage) params.toStage = t(`brokering.stages.${params.toStage as MatchStage}`);
    const field = Object.values(data?.fieldErrors ?? {})[0]?.[0];
    return message(field ?? error.message, params);
  };
}

function useInvalidateMatch(matchId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.brokering.match.queryKey({ matchId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.brokering.pipeline.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.brokering.myWork.queryKey() }),
    ]);
}

/** IUC staff: one match with everything needed to broker it. */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const { t } = useTranslation();
  const message = useMessage();
  const format = useFormat();
  const match = useQuery(trpc.brokering.match.queryOptions({ matchId }));
  if (match.isPending) return <p>{t('common.loading')}</p>;
  if (match.isError) return <FormMessage kind="error">{message(match.error.message)}</FormMessage>;
  const data = match.data;
  return (
    <>
      <section className="panel" aria-labelledby="match-heading">
        <p>
          <Link to="/broker/pipeline">← {t('brokering.pipelineHeading')}</Link>
        </p>
        <h1 id="match-heading">{t('brokering.matchHeading', { need: data.need.title, offer: data.offer.title })}</h1>
        <p>
          <strong className="badge">{t(`brokering.stages.${data.stage}`)}</strong> · {t('brokering.score')}{' '}
          <strong>{data.score}</strong>
          {data.origin === 'broker' && ` · ${t('brokering.madeByHand')}`}
          {data.stageReason && ` · ${t(`brokering.reasons.${data.stageReason}`)}`}
          {data.stageNote && ` – ${data.stageNote}`}
        </p>
        <h2>{t('brokering.explanation')}</h2>
        <p>
          {explainMatch({ score: data.score, factors: data.factors }, 'need', format.language, new Date(), 'broker')}
        </p>
      </section>
      <div className="match-sides">
        <ListingSide side={data.need} label={t('brokering.need')} />
        <ListingSide side={data.offer} label={t('brokering.offer')} />
      </div>
      <div className="match-work">
        <MoveStage match={data} />
        <Introduce match={data} />
        <Assignee match={data} />
        <NextStep match={data} />
      </div>
      {(data.stage === 'agreed' || data.stage === 'completed') && <OutcomePanel matchId={data.id} />}
      <Reactions match={data} />
      <Notes match={data} />
      <History match={data} />
      <section className="panel" aria-labelledby="match-conversation">
        <h2 id="match-conversation">{t('brokering.conversationHeading')}</h2>
        {data.conversationId ? (
          <ConversationThread conversationId={data.conversationId} />
        ) : (
          <p>{t('brokering.noConversation')}</p>
        )}
      </section>
    </>
  );
}

function ListingSide({ side, label }: { side: Side; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby={`side-${side.id}`}>
      <h2 id={`side-${side.id}`}>
        {label}: <Link to={`/listings/${side.id}`}>{side.title}</Link>
      </h2>
      <dl className="facts">
        <dt>{t('listings.category')}</dt>
        <dd>{categoryName(side.categoryId, format.language)}</dd>
        <dt>{t('listings.quantity')}</dt>
        <dd>{format.quantity(side.quantity, side.unit, side.frequency)}</dd>
        <dt>{t('listings.where')}</dt>
        <dd>{getMunicipality(side.municipalityCode)?.name ?? side.municipalityCode}</dd>
        <dt>{t('listings.company')}</dt>
        <dd>
          <Link to={`/companies/${side.company.id}`}>{side.company.name}</Link>
        </dd>
        <dt>{t('brokering.contact')}</dt>
        <dd>
          {side.company.contact.name ? (
            <>
              {side.company.contact.name}
              {side.company.contact.email && (
                <>
                  {' · '}
                  <a href={`mailto:${side.company.contact.email}`}>{side.company.contact.email}</a>
                </>
              )}
              {side.company.contact.phone && ` · ${side.company.contact.phone}`}
            </>
          ) : (
            t('brokering.noContact')
          )}
        </dd>
      </dl>
      {side.description && <p className="description">{side.description}</p>}
      {side.anonymous && <p className="hint">{t('brokering.anonymousListing')}</p>}
    </section>
  );
}

function MoveStage({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const invalidate = useInvalidateMatch(match.id);
  // An anonymous side not yet revealed cannot deal: those stages wait for both to accept an introduction.
  const targets = matchStages.filter(
    (stage) => stage !== match.stage && stage !== 'introduced' && !(match.awaitingReveal && dealStages.includes(stage)),
  );
  const [toStage, setToStage] = useState<MatchStage>(targets[0] as MatchStage);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const move = useMutation(
    trpc.brokering.moveStage.mutationOptions({
      onSuccess: () => {
        setReason('');
        setNote('');
        return invalidate();
      },
      // A conflict means the page is out of date: refresh it so the broker sees where the match is now.
      onError: () => invalidate(),
    }),
  );
  const offRamp = offRampStages.includes(toStage);
  return (
    <section className="panel" aria-labelledby="move-heading">
      <h2 id="move-heading">{t('brokering.moveHeading')}</h2>
      {match.awaitingReveal && <p className="hint">{t('brokering.awaitingRevealHint')}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate({
            matchId: match.id,
            fromStage: match.stage,
            toStage,
            ...(offRamp && reason ? { reason: reason as (typeof offRampReasons)[number] } : {}),
            ...(offRamp && note.trim() ? { note } : {}),
          });
        }}
      >
        <SelectField
          label={t('brokering.moveTo')}
          value={toStage}
          onChange={(event) => setToStage(event.target.value as MatchStage)}
        >
          {targets.map((stage) => (
            <option key={stage} value={stage}>
              {t(`brokering.stages.${stage}`)}
            </option>
          ))}
        </SelectField>
        {offRamp && (
          <>
            <SelectField
              label={t('brokering.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            >
              <option value="">{t('brokering.chooseReason')}</option>
              {offRampReasons.map((code) => (
                <option key={code} value={code}>
                  {t(`brokering.reasons.${code}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('brokering.reasonNote')}
              value={note}
              maxLength={2000}
              onChange={(event) => setNote(event.target.value)}
            />
          </>
        )}
        <button type="submit" disabled={move.isPending}>
          {t('brokering.move')}
        </button>
      </form>
      {move.isError && <FormMessage kind="error">{errorText(move.error)}</FormMessage>}
      {move.data && (
        <FormMessage kind="success">
          {t('brokering.moved', { stage: t(`brokering.stages.${move.data.stage}`) })}
        </FormMessage>
      )}
    </section>
  );
}

function Introduce({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const invalidate = useInvalidateMatch(match.id);
  const [note, setNote] = useState(() => t('brokering.introduceDraft'));
  const id = useId();
  const introduce = useMutation(trpc.brokering.introduce.mutationOptions({ onSuccess: () => invalidate() }));
  if (match.introduction) {
    const answerOf = (side: 'need' | 'offer') => match.introduction?.answers.find((answer) => answer.side === side);
    return (
      <section className="panel" aria-labelledby="introduction-heading">
        <h2 id="introduction-heading">{t('brokering.introduction')}</h2>
        <p>{t('brokering.introducedOn', { date: format.date(match.introduction.createdAt) })}</p>
        <blockquote>{match.introduction.note}</blockquote>
        <ul>
          {(['need', 'offer'] as const).map((side) => {
            const answer = answerOf(side);
            return (
              <li key={side}>
                {match[side].company.name}: {t(`brokering.answers.${answer?.answer ?? 'pending'}`)}
                {answer?.reason && ` – ${answer.reason}`}
              </li>
            );
          })}
        </ul>
        {match.introduction.revealedAt && (
          <p>{t('brokering.revealedOn', { date: format.date(match.introduction.revealedAt) })}</p>
        )}
      </section>
    );
  }
  if (match.stage !== 'suggested' && match.stage !== 'reviewing') return null;
  return (
    <section className="panel" aria-labelledby="introduce-heading">
      <h2 id="introduce-heading">{t('brokering.introduceHeading')}</h2>
      <p className="hint">{t('brokering.introduceHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          introduce.mutate({ matchId: match.id, note });
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('brokering.introduceNote')}</label>
          <textarea id={id} rows={4} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <button type="submit" disabled={introduce.isPending || note.trim() === ''}>
          {t('brokering.introduce')}
        </button>
      </form>
      {introduce.isError && <FormMessage kind="error">{errorText(introduce.error)}</FormMessage>}
    </section>
  );
}

function Assignee({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useMe();
  const invalidate = useInvalidateMatch(match.id);
  const staff = useQuery(trpc.brokering.staff.queryOptions());
  const [assigneeId, setAssigneeId] = useState(match.assignee?.id ?? '');
  const assign = useMutation(trpc.brokering.assign.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <section className="panel" aria-labelledby="assignee-heading">
      <h2 id="assignee-heading">{t('brokering.assignHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          assign.mutate({ matchId: match.id, assigneeId: assigneeId || null });
        }}
      >
        <SelectField
          label={t('brokering.assignee')}
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
        >
          <option value="">{t('brokering.unassigned')}</option>
          {staff.data?.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <div className="row">
          <button type="submit" disabled={assign.isPending}>
            {t('brokering.assign')}
          </button>
          {me.data && me.data.id !== match.assignee?.id && (
            <button
              type="button"
              className="secondary"
              disabled={assign.isPending}
              onClick={() => {
                setAssigneeId(me.data?.id ?? '');
                assign.mutate({ matchId: match.id, assigneeId: me.data?.id ?? null });
              }}
            >
              {t('brokering.assignMe')}
            </button>
          )}
        </div>
      </form>
      {assign.isError && <FormMessage kind="error">{errorText(assign.error)}</FormMessage>}
      {assign.isSuccess && <FormMessage kind="success">{t('brokering.saved')}</FormMessage>}
    </section>
  );
}

function NextStep({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const invalidate = useInvalidateMatch(match.id);
  const [nextStep, setNextStepText] = useState(match.nextStep ?? '');
  const [dueDate, setDueDate] = useState(match.nextStepDue ?? '');
  const save = useMutation(trpc.brokering.setNextStep.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <section className="panel" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{t('brokering.nextStepHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ matchId: match.id, nextStep, dueDate: dueDate || null });
        }}
      >
        <TextField
          label={t('brokering.nextStep')}
          value={nextStep}
          maxLength={500}
          onChange={(event) => setNextStepText(event.target.value)}
        />
        <TextField
          label={t('brokering.dueDate')}
          type="date"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
        />
        <button type="submit" disabled={save.isPending}>
          {t('brokering.saveNextStep')}
        </button>
      </form>
      {save.isError && <FormMessage kind="error">{errorText(save.error)}</FormMessage>}
      {save.isSuccess && <FormMessage kind="success">{t('brokering.saved')}</FormMessage>}
    </section>
  );
}

function Reactions({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const companyName = (companyId: string) =>
    companyId === match.need.company.id ? match.need.company.name : match.offer.company.name;
  return (
    <section className="panel" aria-labelledby="reactions-heading">
      <h2 id="reactions-heading">{t('brokering.reactionsHeading')}</h2>
      {match.reactions.length === 0 ? (
        <p>{t('brokering.noReactions')}</p>
      ) : (
        <ul>
          {match.reactions.map((reaction) => (
            <li key={`${reaction.companyId}-${new Date(reaction.createdAt).toISOString()}`}>
              {companyName(reaction.companyId)}: {t(`brokering.reactions.${reaction.reaction}`)}
              {reaction.reason && ` – ${reaction.reason}`} ({format.date(reaction.createdAt)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Notes({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const invalidate = useInvalidateMatch(match.id);
  const [body, setBody] = useState('');
  const id = useId();
  const add = useMutation(
    trpc.brokering.addNote.mutationOptions({
      onSuccess: () => {
        setBody('');
        return invalidate();
      },
    }),
  );
  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('brokering.notesHeading')}</h2>
      <p className="hint">{t('brokering.notesHint')}</p>
      {match.notes.length === 0 ? (
        <p>{t('brokering.noNotes')}</p>
      ) : (
        <ul className="notes">
          {match.notes.map((note) => (
            <li key={note.id}>
              <p className="hint">
                {t('brokering.by', { who: note.authorName ?? '–', when: format.dateTime(note.createdAt) })}
              </p>
              <p className="message-body">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) add.mutate({ matchId: match.id, body });
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('brokering.note')}</label>
          <textarea id={id} rows={3} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} />
        </div>
        <button type="submit" disabled={add.isPending || body.trim() === ''}>
          {t('brokering.addNote')}
        </button>
      </form>
      {add.isError && <FormMessage kind="error">{errorText(add.error)}</FormMessage>}
    </section>
  );
}

function History({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageName = (stage: MatchStage | null) => (stage ? t(`brokering.stages.${stage}`) : '–');
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('brokering.historyHeading')}</h2>
      {match.events.length === 0 && <p>{t('brokering.noHistory', { date: format.dateTime(match.createdAt) })}</p>}
      <ol className="history">
        {match.events.map((event) => (
          <li key={event.id}>
            {event.kind === 'assigned' && !event.detail
              ? t('brokering.events.unassigned')
              : t(`brokering.events.${event.kind}`, {
                  from: stageName(event.fromStage),
                  to: stageName(event.toStage),
                  detail: event.detail ?? '',
                })}
            {event.kind === 'stage' && event.reason && ` (${t(`brokering.reasons.${event.reason}`)})`}
            {event.kind === 'stage' && event.detail && ` – ${event.detail}`}
            <span className="hint">
              {' · '}
              {t('brokering.by', { who: event.actorName ?? '–', when: format.dateTime(event.createdAt) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
