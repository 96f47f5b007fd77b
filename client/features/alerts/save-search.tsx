import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AlertFrequency, alertFrequencies } from '../../../shared/alerts/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { serverFieldError, unplacedServerError, useFocusFirstInvalid } from '../../ui/forms';

/** Saves the search as it stands (words, filters, place, sort) as an alert with a name and a frequency. */
export function SaveSearch({ query, suggestedName }: { query: Record<string, unknown>; suggestedName: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<AlertFrequency>('immediate');
  const save = useMutation(
    trpc.alerts.saveSearch.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        return queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() });
      },
    }),
  );
  const focus = useFocusFirstInvalid();
  const unplaced = unplacedServerError(save.error, ['name', 'frequency']);
  if (!open) {
    return (
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setName(suggestedName);
            setOpen(true);
          }}
        >
          {t('alerts.saveSearch')}
        </button>
        {save.isSuccess && (
          <FormMessage kind="success">
            {t('alerts.saved')} <Link to="/alerts">{t('alerts.manage')}</Link>
          </FormMessage>
        )}
      </div>
    );
  }
  return (
    <form
      ref={focus.ref}
      className="panel"
      aria-label={t('alerts.saveSearch')}
      onSubmit={focus.afterSubmit(async (event: FormEvent) => {
        event.preventDefault();
        await save.mutateAsync({ name, frequency, query }).catch(() => undefined);
      })}
    >
      <TextField
        label={t('alerts.name')}
        error={serverFieldError(save.error, 'name')}
        value={name}
        required
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t('alerts.frequency')}
        error={serverFieldError(save.error, 'frequency')}
        value={frequency}
        onChange={(event) => setFrequency(event.target.value as AlertFrequency)}
      >
        {alertFrequencies.map((option) => (
          <option key={option} value={option}>
            {t(`alerts.frequencies.${option}`)}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          {t('alerts.save')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('alerts.cancel')}
        </button>
      </div>
      {unplaced && <FormMessage kind="error">{message(unplaced)}</FormMessage>}
    </form>
  );
}
