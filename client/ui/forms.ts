import { TRPCClientError } from '@trpc/client';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Every form's answer to a submit that left errors: focus moves to the first invalid field in
 * reading order, whether the error came from the schema or the server, and the browser scrolls it
 * into view. Fields mark themselves with aria-invalid (see client/ui/fields.tsx), so this works for
 * react-hook-form, the category combobox and plain controlled forms alike.
 *
 *   const focus = useFocusFirstInvalid();
 *   <form ref={focus.ref} onSubmit={focus.afterSubmit(form.handleSubmit(save))} noValidate>
 */
export function useFocusFirstInvalid<E extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<E>(null);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts === 0) return;
    // Runs after the render that put the errors on the page, so the attributes are there to find.
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
  const afterSubmit = useCallback(
    <A extends unknown[]>(handler: (...args: A) => unknown) =>
      async (...args: A) => {
        try {
          await handler(...args);
        } finally {
          setAttempts((count) => count + 1);
        }
      },
    [],
  );
  return { ref, afterSubmit };
}

type ServerErrorData = { fieldErrors?: Record<string, string[] | undefined> | null };

/** A tRPC error's message for one field, shaped like a react-hook-form error, for forms kept in plain state. */
export function serverFieldError(error: unknown, field: string): { message: string } | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const message = (error.data as ServerErrorData | undefined)?.fieldErrors?.[field]?.[0];
  return message ? { message } : undefined;
}

/** The error of a tRPC call that no field on the form shows, or null when each has its field. */
export function unplacedServerError(error: unknown, fields: readonly string[]): string | null {
  if (!error) return null;
  if (!(error instanceof TRPCClientError)) return (error as Error).message;
  const fieldErrors = Object.entries((error.data as ServerErrorData | undefined)?.fieldErrors ?? {}).filter(
    ([, messages]) => messages?.[0],
  );
  if (fieldErrors.length === 0) return error.message;
  const unplaced = fieldErrors.find(([field]) => !fields.includes(field));
  return unplaced?.[1]?.[0] ?? null;
}

/** How many fields carry an error in a react-hook-form errors object (nested and array fields too). */
export function countFieldErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.entries(errors)
    .filter(([key]) => key !== 'ref' && key !== 'root')
    .reduce((sum, [, value]) => sum + countFieldErrors(value), 0);
}
