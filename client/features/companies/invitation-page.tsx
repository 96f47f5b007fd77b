import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage } from '../../ui/fields';
import { SignUpPage } from '../accounts/public';

/** The page an invitation email links to: sign up to join, or join at once when signed in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useMessage();
  const me = useMe();
  const invitation = useQuery(trpc.invitations.get.queryOptions({ token }));
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);

  if (me.isPending || invitation.isPending) return <p>{t('common.loading')}</p>;
  if (invitation.isError) return <FormMessage kind="error">{message(invitation.error.message)}</FormMessage>;
  const data = invitation.data;
  if (data.state !== 'pending') {
    return (
      <section className="panel">
        <h1>{t('invitation.heading', { company: data.companyName })}</h1>
        <FormMessage kind="error">{t(`invitation.states.${data.state as 'expired'}`)}</FormMessage>
      </section>
    );
  }
  // The role reads mid-sentence: "som medlem", not "som Medlem".
  const role = t(`company.roles.${data.role}`).toLocaleLowerCase(i18n.language);
  if (!me.data) {
    return (
      <>
        <p className="panel">
          {t('invitation.body', {
            inviter: data.inviterName ?? '',
            email: data.email,
            role,
          })}{' '}
          {t('invitation.signUpFirst', { email: data.email })}
        </p>
        <SignUpPage />
      </>
    );
  }
  const wrongEmail = me.data.email.toLowerCase() !== data.email;
  return (
    <section className="panel">
      <h1>{t('invitation.heading', { company: data.companyName })}</h1>
      <p>
        {t('invitation.body', {
          inviter: data.inviterName ?? '',
          email: data.email,
          role,
        })}
      </p>
      {wrongEmail ? (
        <FormMessage kind="error">{t('invitation.wrongEmail', { email: me.data.email })}</FormMessage>
      ) : (
        <button
          type="button"
          onClick={async () => {
            setFailure(null);
            try {
              const joined = await accept.mutateAsync({ token });
              await queryClient.invalidateQueries();
              navigate(`/companies/${joined.companyId}`);
            } catch (error) {
              setFailure(message((error as Error).message));
            }
          }}
        >
          {t('invitation.accept', { company: data.companyName })}
        </button>
      )}
      <FormMessage kind="error">{failure}</FormMessage>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}
