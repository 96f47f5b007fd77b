import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { RequestPasswordResetSchema, ResetPasswordSchema } from '../../../shared/accounts/schemas';
import { authClient } from '../../lib/auth-client';
import { useAuthErrorMessage } from '../../lib/errors';
import { FormMessage, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const authError = useAuthErrorMessage();
  const [state, setState] = useState<{ sent: boolean; failure: string | null }>({ sent: false, failure: null });
  const form = useForm<
    z.input<typeof RequestPasswordResetSchema>,
    unknown,
    z.output<typeof RequestPasswordResetSchema>
  >({
    resolver: zodResolver(RequestPasswordResetSchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async ({ email }) => {
    const { error } = await authClient.requestPasswordReset({ email, redirectTo: '/reset-password' });
    setState(error ? { sent: false, failure: authError(error) } : { sent: true, failure: null });
  });
  return (
    <section className="panel narrow">
      <h1>{t('auth.forgotHeading')}</h1>
      <p>{t('auth.forgotIntro')}</p>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          error={form.formState.errors.email}
          {...form.register('email')}
        />
        <FormMessage kind="error">{state.failure}</FormMessage>
        <FormMessage kind="success">{state.sent ? t('auth.forgotSent') : null}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('auth.forgotSubmit')}
        </button>
      </form>
    </section>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const authError = useAuthErrorMessage();
  const [state, setState] = useState<{ done: boolean; failure: string | null }>({ done: false, failure: null });
  const form = useForm<z.input<typeof ResetPasswordSchema>, unknown, z.output<typeof ResetPasswordSchema>>({
    resolver: zodResolver(ResetPasswordSchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    const { error } = await authClient.resetPassword({ newPassword, token: token ?? '' });
    setState(error ? { done: false, failure: authError(error) } : { done: true, failure: null });
  });
  return (
    <section className="panel narrow">
      <h1>{t('auth.resetHeading')}</h1>
      {!token && <FormMessage kind="error">{t('auth.resetMissingToken')}</FormMessage>}
      {state.done ? (
        <p role="status">
          {t('auth.resetDone')} <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      ) : (
        <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
          <TextField
            label={t('auth.newPassword')}
            hint={t('auth.passwordHint')}
            type="password"
            autoComplete="new-password"
            error={form.formState.errors.newPassword}
            {...form.register('newPassword')}
          />
          <TextField
            label={t('auth.confirmPassword')}
            type="password"
            autoComplete="new-password"
            error={form.formState.errors.confirmPassword}
            {...form.register('confirmPassword')}
          />
          <FormMessage kind="error">{state.failure}</FormMessage>
          <button type="submit" disabled={form.formState.isSubmitting || !token}>
            {t('auth.resetSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
