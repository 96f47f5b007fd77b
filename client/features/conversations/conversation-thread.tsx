import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageMaxLength } from '../../../shared/conversations/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { machineDateTime } from '../../ui/format';
import { useFormat } from '../../ui/use-format';

/**
 * A conversation's messages and the form to answer. Bodies are rendered as React text, so
 * whatever someone typed (markup included) shows as written and never runs. Opening it marks
 * it read, which updates the unread count in the header.
 */
export function ConversationThread({
  conversationId,
  headingLevel = 2,
}: {
  conversationId: string;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useMessage();
  const queryClient = useQueryClient();
  const conversation = useQuery({
    ...trpc.conversations.get.queryOptions({ conversationId }),
    // Answers arrive while the page is open; a light poll keeps it current without sockets.
    refetchInterval: 15_000,
  });
  const markRead = useMutation(
    trpc.conversations.markRead.mutationOptions({
      onSuccess: () => {
        queryClient.invalidateQueries({ queryKey: trpc.conversations.unreadCount.queryKey() });
        queryClient.invalidateQueries({ queryKey: trpc.conversations.list.queryKey() });
      },
    }),
  );
  const newest = conversation.data?.messages.at(-1)?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new newest message is what decides a new call
  useEffect(() => {
    if (conversation.data) markRead.mutate({ conversationId });
  }, [conversationId, newest, Boolean(conversation.data)]);

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  if (conversation.isPending) return <p>{t('common.loading')}</p>;
  if (conversation.isError) return <FormMessage kind="error">{message(conversation.error.message)}</FormMessage>;
  const data = conversation.data;
  return (
    <section className="panel conversation" aria-labelledby={`conversation-${data.id}`}>
      <Heading id={`conversation-${data.id}`}>{data.subject}</Heading>
      <p className="hint">
        {t(`conversations.kinds.${data.kind}`)}
        {data.viaStaff && ` · ${t('conversations.viaStaff')}`} · {t('conversations.participants')}:{' '}
        {data.parties
          .map((party) => (party.kind === 'staff' ? `${party.name} (${t('conversations.staff')})` : party.name))
          .join(', ')}
      </p>
      {data.messages.length === 0 ? (
        <p>{t('conversations.empty')}</p>
      ) : (
        <ol className="messages">
          {data.messages.map((item) => (
            <li key={item.id} className={item.mine ? 'message mine' : 'message'}>
              <p className="hint">
                {item.mine ? t('conversations.you') : item.authorName}
                {' · '}
                {item.authorCompanyName ?? t('conversations.staff')}
                {' · '}
                <time dateTime={machineDateTime(item.createdAt)}>{format.dateTime(item.createdAt)}</time>
              </p>
              <p className="message-body">{item.body}</p>
            </li>
          ))}
        </ol>
      )}
      {data.asCompanyId === null && !data.joined && <JoinButton conversationId={data.id} />}
      <MessageForm conversationId={data.id} />
    </section>
  );
}

/** IUC staff follow a match conversation in their own list once they join (writing in it joins too). */
function JoinButton({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const join = useMutation(
    trpc.conversations.join.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.conversations.get.queryKey({ conversationId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.conversations.list.queryKey() }),
        ]),
    }),
  );
  return (
    <button
      type="button"
      className="secondary"
      disabled={join.isPending}
      onClick={() => join.mutate({ conversationId })}
    >
      {t('conversations.join')}
    </button>
  );
}

function MessageForm({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const id = useId();
  const send = useMutation(
    trpc.conversations.send.mutationOptions({
      onSuccess: async () => {
        setBody('');
        await queryClient.invalidateQueries({ queryKey: trpc.conversations.get.queryKey({ conversationId }) });
      },
    }),
  );
  const fieldError = (send.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors
    ?.body?.[0];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) send.mutate({ conversationId, body });
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('conversations.message')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('conversations.messageHint')}
        </p>
        <textarea
          id={id}
          value={body}
          rows={4}
          maxLength={messageMaxLength}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {fieldError && (
          <p id={`${id}-error`} className="field-error">
            {message(fieldError)}
          </p>
        )}
      </div>
      <button type="submit" disabled={send.isPending || body.trim() === ''}>
        {t('conversations.send')}
      </button>
      {send.isError && !fieldError && <FormMessage kind="error">{message(send.error.message)}</FormMessage>}
    </form>
  );
}
