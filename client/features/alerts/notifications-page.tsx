import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { machineDateTime } from '../../ui/format';
import { useFormat } from '../../ui/use-format';

type NotificationItem = { kind: string; title: string; body: string; params: Record<string, string> | null };

/**
 * The words of a notification. Alerts are stored worded in the recipient's language; the steps of
 * an introduction carry their facts and are worded here, in the language the page is shown in.
 */
function useNoticeText() {
  const { t } = useTranslation();
  return (item: NotificationItem): { title: string; body: string } => {
    const params = item.params;
    if (!params) return { title: item.title, body: item.body };
    // The facts are interpolated as text (React escapes them); the key alone decides the sentence.
    const say = (key: `alerts.notices.${string}`) => String(t(key as never, params as never));
    switch (item.kind) {
      case 'introduction':
        return { title: say('alerts.notices.introduction'), body: say('alerts.notices.introductionBody') };
      case 'introduction_answer':
        return {
          title: say(params.answer === 'accepted' ? 'alerts.notices.answerAccepted' : 'alerts.notices.answerDeclined'),
          body: say('alerts.notices.introductionAnswerBody'),
        };
      case 'introduction_revealed':
        return {
          title: say('alerts.notices.revealed'),
          body: say(
            params.forStaff
              ? 'alerts.notices.introductionRevealedStaffBody'
              : 'alerts.notices.introductionRevealedBody',
          ),
        };
      default:
        return { title: item.title, body: item.body };
    }
  };
}

/** The bell's list: newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useMessage();
  const queryClient = useQueryClient();
  const noticeText = useNoticeText();
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
        {list.data?.map((item) => {
          const text = noticeText(item);
          return (
            <li key={item.id}>
              <p>
                {!item.readAt && <strong className="badge">{t('alerts.new')}</strong>}{' '}
                <Link to={item.link} onClick={() => !item.readAt && markRead.mutate({ notificationIds: [item.id] })}>
                  {text.title}
                </Link>
                <span className="hint">
                  {' · '}
                  <time dateTime={machineDateTime(item.createdAt)}>{format.dateTime(item.createdAt)}</time>
                </span>
              </p>
              <p className="hint">{text.body}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
