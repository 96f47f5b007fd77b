import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { CreateCompanySchema } from '../../../shared/companies/schemas';
import { applyServerErrors, useAuthErrorMessage, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { NewCompanyFields } from '../companies/public';
import { companyFields, signUpCompanyDraftKey, signUpFinishPath } from './sign-up-page';

type CompanyValues = z.input<typeof CreateCompanySchema>;

function readDraft(): CompanyValues | undefined {
  const stored = localStorage.getItem(signUpCompanyDraftKey);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as CompanyValues;
  } catch {
    localStorage.removeItem(signUpCompanyDraftKey);
    return undefined;
  }
}

/**
 * Where the emailed verification link lands, signed in: creates the company kept at sign-up
 * (once, at once), or shows the company form, prefilled with whatever was kept, when nothing was
 * kept (the link opened in another browser) or the company was refused (e.g. a taken number).
 */
export function SignUpFinishPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const authError = useAuthErrorMessage();
  const linkError = params.get('error');

  if (linkError) {
    return (
      <section className="panel">
        <h1>{t('auth.finishHeading')}</h1>
        <FormMessage kind="error">{authError({ code: linkError.toUpperCase(), status: 400 } as never)}</FormMessage>
        <p>
          <Link to={`/sign-in?next=${signUpFinishPath}`}>{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  if (me.isPending) return <p>{t('common.loading')}</p>;
  if (!me.data) {
    return (
      <section className="panel">
        <h1>{t('auth.finishHeading')}</h1>
        <p>{t('auth.finishSignInFirst')}</p>
        <p>
          <Link to={`/sign-in?next=${signUpFinishPath}`}>{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  // A returning person with a company and nothing kept (a new link asked for at sign-in) is done.
  if (me.data.memberships.length > 0 && !localStorage.getItem(signUpCompanyDraftKey)) {
    return <Navigate to="/companies" replace />;
  }
  return <FinishCompanyForm />;
}

function FinishCompanyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [draft] = useState(readDraft);
  const [creating, setCreating] = useState(draft !== undefined);
  const create = useMutation(trpc.companies.create.mutationOptions());
  const form = useForm<CompanyValues, unknown, z.output<typeof CreateCompanySchema>>({
    resolver: zodResolver(CreateCompanySchema),
    ...(draft ? { defaultValues: draft } : {}),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        const company = await create.mutateAsync(values);
        localStorage.removeItem(signUpCompanyDraftKey);
        await queryClient.invalidateQueries();
        navigate(`/companies/${company.id}`, { replace: true });
      } catch (error) {
        const unplaced = applyServerErrors(error, form.setError, companyFields);
        if (unplaced) setFailure(message(unplaced.message, unplaced.params));
        setCreating(false);
      }
    },
    () => setCreating(false),
  );

  // The kept company is sent once, without a click; StrictMode's second effect run must not send it again.
  const attempted = useRef(false);
  useEffect(() => {
    if (!draft || attempted.current) return;
    attempted.current = true;
    void onSubmit();
  }, [draft, onSubmit]);

  if (creating) return <p aria-live="polite">{t('auth.finishCreating')}</p>;
  return (
    <section className="panel">
      <h1>{t('auth.finishHeading')}</h1>
      <p>{t('auth.finishIntro')}</p>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <NewCompanyFields register={form.register} errors={form.formState.errors} prefix="" />
        <FormMessage kind="error">{failure}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('auth.finishSubmit')}
        </button>
      </form>
    </section>
  );
}
