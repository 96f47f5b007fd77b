import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { SignInSchema } from '../../../shared/accounts/schemas';
import { authClient } from '../../lib/auth-client';
import { useAuthErrorMessage } from '../../lib/errors';
import { FormMessage, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { signUpFinishPath } from './sign-up-page';

type SignInValues = z.input<typeof SignInSchema>;

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const authError = useAuthErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInValues, unknown, z.output<typeof SignInSchema>>({ resolver: zodResolver(SignInSchema) });

  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    // An unverified person is refused and mailed a new link; it leads to the sign-up's last step.
    const { error } = await authClient.signIn.email({ ...values, callbackURL: signUpFinishPath });
    if (error) return setFailure(authError(error));
    await queryClient.invalidateQueries();
    // Only our own paths: a crafted ?next= must not send the user elsewhere.
    const next = params.get('next');
    navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/');
  });

  return (
    <section className="panel narrow">
      <h1>{t('auth.signInHeading')}</h1>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          error={form.formState.errors.email}
          {...form.register('email')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password}
          {...form.register('password')}
        />
        <FormMessage kind="error">{failure}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('auth.signInSubmit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/sign-up">{t('nav.signUp')}</Link>
      </p>
    </section>
  );
}
