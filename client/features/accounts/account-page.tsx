import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { z } from 'zod';
import { ChangePasswordSchema, DeleteAccountSchema, PersonNameSchema } from '../../../shared/accounts/schemas';
import { authClient } from '../../lib/auth-client';
import { applyServerErrors, useAuthErrorMessage, useMessage } from '../../lib/errors';
import { trpc, trpcClient } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';

type Status = { kind: 'error' | 'success'; text: string } | null;

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p>{t('common.loading')}</p>;
  if (!me.data) return <Navigate to="/sign-in?next=/account" replace />;
  return (
    <>
      <section className="panel">
        <h1>{t('accountPage.heading')}</h1>
        <p>
          {me.data.name} · {me.data.email}
          {me.data.platformRole && ` · ${t('accountPage.platformRole', { role: me.data.platformRole })}`}
        </p>
        <ProfileForm name={me.data.name} />
      </section>
      <ChangePasswordForm />
      <DataSection />
      <DeleteAccountForm />
    </>
  );
}

const ProfileSchema = PersonNameSchema;

function ProfileForm({ name }: { name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(null);
  const update = useMutation(trpc.accounts.updateProfile.mutationOptions());
  const form = useForm<{ name: string }>({ defaultValues: { name } });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    const parsed = ProfileSchema.safeParse(values.name);
    if (!parsed.success) return form.setError('name', { message: parsed.error.issues[0]?.message });
    await update.mutateAsync({ name: parsed.data });
    await queryClient.invalidateQueries(trpc.accounts.me.queryFilter());
    setStatus({ kind: 'success', text: t('common.saved') });
  });
  return (
    <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
      <TextField
        label={t('auth.name')}
        autoComplete="name"
        error={form.formState.errors.name}
        {...form.register('name')}
      />
      {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const authError = useAuthErrorMessage();
  const [status, setStatus] = useState<Status>(null);
  const form = useForm<z.input<typeof ChangePasswordSchema>, unknown, z.output<typeof ChangePasswordSchema>>({
    resolver: zodResolver(ChangePasswordSchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    // The server ends every other session on a password change.
    const { error } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    if (error) return setStatus({ kind: 'error', text: authError(error) });
    form.reset();
    setStatus({ kind: 'success', text: t('accountPage.passwordChanged') });
  });
  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('accountPage.passwordHeading')}</h2>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <TextField
          label={t('auth.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.currentPassword}
          {...form.register('currentPassword')}
        />
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
        {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('accountPage.passwordHeading')}
        </button>
      </form>
    </section>
  );
}

function DataSection() {
  const { t } = useTranslation();
  const download = async () => {
    const data = await trpcClient.accounts.exportData.query();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'sidestream-my-data.json';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('accountPage.dataHeading')}</h2>
      <p>{t('accountPage.dataIntro')}</p>
      <button type="button" onClick={() => void download()}>
        {t('accountPage.download')}
      </button>
    </section>
  );
}

function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [status, setStatus] = useState<Status>(null);
  const remove = useMutation(trpc.accounts.delete.mutationOptions());
  const form = useForm<z.input<typeof DeleteAccountSchema>, unknown, z.output<typeof DeleteAccountSchema>>({
    resolver: zodResolver(DeleteAccountSchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    try {
      await remove.mutateAsync(values);
      await queryClient.invalidateQueries();
      navigate('/');
    } catch (error) {
      const unplaced = applyServerErrors(error, form.setError, []);
      if (unplaced) setStatus({ kind: 'error', text: message(unplaced.message, unplaced.params) });
    }
  });
  return (
    <section className="panel panel-error" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('accountPage.deleteHeading')}</h2>
      <p>{t('accountPage.deleteIntro')}</p>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password}
          {...form.register('password')}
        />
        {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
        <button type="submit" className="danger" disabled={form.formState.isSubmitting}>
          {t('accountPage.deleteSubmit')}
        </button>
      </form>
    </section>
  );
}
