import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormMessage } from '../../app/fields';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { machineDateTime } from '../../ui/format';
import { useFormat } from '../../ui/use-format';

/** The bell's list: newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useMessage();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.alerts.notifications.queryOptions());
  const markRead = useMutation(
    trpc.alerts.markRead.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.alerts.notifications.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.alerts.unreadCount.queryKey() }),
        ]),
    }),
  );
  const unread = list.data?.filter((item) => !item.readAt).length ?? 0;
  return (
    <section className="panel" aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">{t('alerts.notificationsHeading')}</h1>
      <p>
        <Link to="/alerts">{t('alerts.manage')}</Link>
      </p>
      {unread > 0 && (
        <button type="button" className="secondary" onClick={() => markRead.mutate({})}>
          {t('alerts.markAllRead')}
        </button>
      )}
      {list.isPending && <p>{t('common.loading')}</p>}
      {list.isError && <FormMessage kind="error">{message(list.error.message)}</FormMessage>}
      {list.data?.length === 0 && <p>{t('alerts.noNotifications')}</p>}
      <ol className="conversation-list">
        {list.data?.map((item) => (
          <li key={item.id}>
            <p>
              {!item.readAt && <strong className="badge">{t('alerts.new')}</strong>}{' '}
              <Link to={item.link} onClick={() => !item.readAt && markRead.mutate({ notificationIds: [item.id] })}>
                {item.title}
              </Link>
              <span className="hint">
                {' · '}
                <time dateTime={machineDateTime(item.createdAt)}>{format.dateTime(item.createdAt)}</time>
              </span>
            </p>
            <p className="hint">{item.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
