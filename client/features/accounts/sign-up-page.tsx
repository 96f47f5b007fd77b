import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { SignUpSchema } from '../../../shared/accounts/schemas';
import { CreateCompanySchema } from '../../../shared/companies/schemas';
import { authClient } from '../../lib/auth-client';
import { useAuthErrorMessage, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { CompanyProfileFields, SiteFields } from '../companies/public';

const PersonSchema = SignUpSchema.omit({ language: true });
const NewCompanySignUpSchema = z.object({ person: PersonSchema, company: CreateCompanySchema });
const InvitedSignUpSchema = z.object({ person: PersonSchema });

type Values = z.input<typeof NewCompanySignUpSchema>;
export const companyFields = [
  'name',
  'orgNumber',
  'sniCode',
  'employeesBand',
  'website',
  'description',
  'contactPhone',
];

/** The company part of a sign-up, kept in this browser until the emailed link brings the person back. */
export const signUpCompanyDraftKey = 'sidestream.signUp.company';
/** Where the verification link lands: signed in, it finishes creating the company. */
export const signUpFinishPath = '/sign-up/finish';

/**
 * One form for a new person: with a new company, or (from an invitation link) joining one.
 * A new address is proven by an emailed link before anyone is signed in, and a taken address gets
 * the same answer (no session either way), so the company part waits in localStorage and is
 * created by the finish page the link leads to. An invited person's address is proven by the
 * invitation token, so they are signed in and join at once.
 */
export function SignUpPage() {
  const { token } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const authError = useAuthErrorMessage();
  const message = useMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invitation = useQuery({
    ...trpc.invitations.get.queryOptions({ token: token ?? '' }),
    enabled: Boolean(token),
  });
  const acceptInvitation = useMutation(trpc.invitations.accept.mutationOptions());

  const form = useForm<Values>({
    resolver: zodResolver(
      (token ? InvitedSignUpSchema : NewCompanySignUpSchema) as typeof NewCompanySignUpSchema,
    ) as never,
    values: invitation.data
      ? ({ person: { name: '', email: invitation.data.email, password: '' } } as Values)
      : undefined,
    resetOptions: { keepDirtyValues: true },
  });
  const errors = form.formState.errors;

  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const language = i18n.language === 'en' ? 'en' : 'sv';
    if (!token) localStorage.setItem(signUpCompanyDraftKey, JSON.stringify(values.company));
    const { error } = await authClient.signUp.email({
      ...values.person,
      language,
      ...(token ? { invitationToken: token } : { callbackURL: signUpFinishPath }),
    } as never);
    if (error) return setFailure(authError(error));
    if (!token) return setSentTo(values.person.email);
    // The invitation proved the address: sign in and join.
    const signedIn = await authClient.signIn.email({ email: values.person.email, password: values.person.password });
    if (signedIn.error) return setFailure(authError(signedIn.error));
    try {
      const joined = await acceptInvitation.mutateAsync({ token });
      await queryClient.invalidateQueries();
      navigate(`/companies/${joined.companyId}`);
    } catch (error) {
      await queryClient.invalidateQueries();
      setFailure(message((error as Error).message));
    }
  });

  if (sentTo) {
    return (
      <section className="panel" aria-live="polite">
        <h1>{t('auth.checkEmailHeading')}</h1>
        <p>{t('auth.checkEmailBody', { email: sentTo })}</p>
        <p>{t('auth.checkEmailHint')}</p>
        <p>
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }

  if (token && invitation.isError) return <FormMessage kind="error">{message(invitation.error.message)}</FormMessage>;

  return (
    <section className="panel">
      <h1>
        {token && invitation.data
          ? t('invitation.heading', { company: invitation.data.companyName })
          : t('auth.signUpHeading')}
      </h1>
      {!token && <p>{t('auth.signUpIntro')}</p>}
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <fieldset>
          <legend>{t('auth.personHeading')}</legend>
          <TextField
            label={t('auth.name')}
            autoComplete="name"
            error={errors.person?.name}
            {...form.register('person.name')}
          />
          <TextField
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            readOnly={Boolean(token)}
            error={errors.person?.email}
            {...form.register('person.email')}
          />
          <TextField
            label={t('auth.password')}
            hint={t('auth.passwordHint')}
            type="password"
            autoComplete="new-password"
            error={errors.person?.password}
            {...form.register('person.password')}
          />
        </fieldset>
        {!token && (
          <>
            <fieldset>
              <legend>{t('company.createHeading')}</legend>
              <CompanyProfileFields register={form.register} errors={errors.company} prefix="company." />
            </fieldset>
            <fieldset>
              <legend>{t('company.firstSiteHeading')}</legend>
              <SiteFields register={form.register} errors={errors.company?.firstSite} prefix="company.firstSite." />
            </fieldset>
          </>
        )}
        <FormMessage kind="error">{failure}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {token && invitation.data
            ? t('invitation.accept', { company: invitation.data.companyName })
            : t('auth.signUpSubmit')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')}{' '}
        <Link to={token ? `/sign-in?next=/invitations/${token}` : '/sign-in'}>{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
