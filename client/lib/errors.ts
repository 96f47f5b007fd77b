import { TRPCClientError } from '@trpc/client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AuthError } from './auth-client';

/** Messages from shared schemas and services are i18n keys; anything else is shown as it came. */
export function useMessage() {
  const { t, i18n } = useTranslation();
  return (message: string | undefined, params?: Record<string, string>): string => {
    if (!message) return '';
    return i18n.exists(message) ? String(t(message as never, params as never)) : message;
  };
}

type ServerErrorData = {
  fieldErrors?: Record<string, string[] | undefined> | null;
  params?: Record<string, string> | null;
};

/** Puts a tRPC error's field errors beside the fields; returns a message for the rest, or null. */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): { message: string; params?: Record<string, string> } | null {
  if (!(error instanceof TRPCClientError)) return { message: (error as Error).message };
  const data = (error.data ?? {}) as ServerErrorData;
  let unplaced: string | null = null;
  for (const [field, messages] of Object.entries(data.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    if (fields.includes(field)) setError(field as Path<T>, { type: 'server', message });
    else unplaced ??= message;
  }
  if (data.fieldErrors && Object.keys(data.fieldErrors).length > 0 && unplaced === null) return null;
  return { message: unplaced ?? error.message, ...(data.params ? { params: data.params } : {}) };
}

/** A better-auth error code as a translated sentence. */
export function useAuthErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: AuthError): string => {
    // Our own checks on better-auth's endpoints answer with a shared schema's message key.
    if (error.code === 'VALIDATION_ERROR' && error.message && i18n.exists(error.message)) {
      return String(t(error.message as never));
    }
    const code = error.status === 429 ? 'RATE_LIMITED' : error.code;
    const key = `authErrors.${code}`;
    return i18n.exists(key)
      ? String(t(key as never))
      : t('authErrors.unknown', { message: error.message ?? error.status });
  };
}
