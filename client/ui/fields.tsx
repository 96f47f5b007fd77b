import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../lib/errors';
import { countFieldErrors } from './forms';

/** A react-hook-form FieldError, or a server's field message (client/ui/forms.ts serverFieldError). */
type FieldProblem = { message?: string | undefined } | undefined;
type Common = { label: string; error?: FieldProblem; hint?: string | undefined };

/** The hint first, then the error: the order a screen reader reads them after the label. */
function describedBy(id: string, hint: string | undefined, error: FieldProblem): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The error right under its field, in the same words the summary and the server use. */
function FieldErrorText({ id, error }: { id: string; error: FieldProblem }) {
  const message = useMessage();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {message(error.message)}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="hint">
      {hint}
    </p>
  );
}

/** A labelled input whose error and hint are announced with it (aria-describedby). */
export function TextField({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

export function FormMessage({ kind, children }: { kind: 'error' | 'success'; children: ReactNode }) {
  if (!children) return null;
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} className={kind === 'error' ? 'form-error' : 'form-success'}>
      {children}
    </p>
  );
}

/**
 * Beside the submit button, where the user looks after pressing it: how many fields need fixing.
 * The errors themselves stand under their fields, and focus has moved to the first of them.
 */
export function InvalidFieldsNote({ errors }: { errors: unknown }) {
  const { t } = useTranslation();
  const count = countFieldErrors(errors);
  if (count === 0) return null;
  return <p className="form-error invalid-fields-note">{t('common.fixFields', { count })}</p>;
}
