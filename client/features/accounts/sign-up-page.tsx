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
import { applyServerErrors, useAuthErrorMessage, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { CompanyProfileFields, SiteFields } from '../companies/public';

const PersonSchema = SignUpSchema.omit({ language: true });
const NewCompanySignUpSchema = z.object({ person: PersonSchema, company: CreateCompanySchema });
const InvitedSignUpSchema = z.object({ person: PersonSchema });

type Values = z.input<typeof NewCompanySignUpSchema>;
const companyFields = ['name', 'orgNumber', 'sniCode', 'employeesBand', 'website', 'description', 'contactPhone'];

/**
 * One form for a new person: with a new company, or (from an invitation link) joining one.
 * The account is created first; if the company then fails (e.g. a taken organisationsnummer),
 * the person stays signed in and only the company part is sent again.
 */
export function SignUpPage() {
  const { token } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const authError = useAuthErrorMessage();
  const message = useMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [accountCreated, setAccountCreated] = useState(false);
  const invitation = useQuery({
    ...trpc.invitations.get.queryOptions({ token: token ?? '' }),
    enabled: Boolean(token),
  });
  const createCompany = useMutation(trpc.companies.create.mutationOptions());
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
    if (!accountCreated) {
      const language = i18n.language === 'en' ? 'en' : 'sv';
      const { error } = await authClient.signUp.email({ ...values.person, language } as never);
      if (error) return setFailure(authError(error));
      setAccountCreated(true);
    }
    try {
      if (token) {
        const joined = await acceptInvitation.mutateAsync({ token });
        await queryClient.invalidateQueries();
        navigate(`/companies/${joined.companyId}`);
      } else {
        const company = await createCompany.mutateAsync(CreateCompanySchema.parse(values.company));
        await queryClient.invalidateQueries();
        navigate(`/companies/${company.id}`);
      }
    } catch (error) {
      const unplaced = applyServerErrors(
        error,
        (field, problem) => form.setError(`company.${field}` as never, problem),
        companyFields,
      );
      if (unplaced) setFailure(message(unplaced.message, unplaced.params));
      await queryClient.invalidateQueries();
    }
  });

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
        <fieldset disabled={accountCreated}>
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
