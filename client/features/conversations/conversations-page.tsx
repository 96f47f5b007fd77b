import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { machineDateTime } from '../../ui/format';
import { useFormat } from '../../ui/use-format';
import { ConversationThread } from './conversation-thread';

/** The signed-in person's conversations, latest first, with unread counts. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useMessage();
  const list = useQuery(trpc.conversations.list.queryOptions());
  return (
    <section className="panel" aria-labelledby="conversations-heading">
      <h1 id="conversations-heading">{t('conversations.heading')}</h1>
      {list.isPending && <p>{t('common.loading')}</p>}
      {list.isError && <FormMessage kind="error">{message(list.error.message)}</FormMessage>}
      {list.data?.length === 0 && <p>{t('conversations.none')}</p>}
      <ol className="conversation-list">
        {list.data?.map((item) => (
          <li key={item.id}>
            <p>
              {item.unread > 0 && (
                <strong className="badge">{t('conversations.unread', { count: item.unread })}</strong>
              )}{' '}
              <Link to={`/conversations/${item.id}`}>{item.subject}</Link>
              <span className="hint">
                {' · '}
                {t(`conversations.kinds.${item.kind}`)}
                {item.viaStaff && ` · ${t('conversations.viaStaff')}`}
                {' · '}
                <time dateTime={machineDateTime(item.lastMessageAt)}>{format.dateTime(item.lastMessageAt)}</time>
              </span>
            </p>
            <p className="hint clamp">{item.preview}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/conversations">← {t('conversations.heading')}</Link>
      </p>
      <ConversationThread conversationId={conversationId} headingLevel={1} />
    </>
  );
}
