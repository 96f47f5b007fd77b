import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageMaxLength } from '../../../shared/conversations/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, SelectField } from '../../ui/fields';

/**
 * Starts (or continues) a conversation about a listing, as one of the person's companies. An
 * anonymous listing's inquiry goes to IUC staff; the form says so before anything is sent.
 */
export function InquiryForm({
  listingId,
  anonymous,
  companies,
}: {
  listingId: string;
  anonymous: boolean;
  companies: readonly { companyId: string; companyName: string }[];
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const [body, setBody] = useState('');
  const [companyId, setCompanyId] = useState(companies[0]?.companyId ?? '');
  const id = useId();
  const start = useMutation(trpc.conversations.startInquiry.mutationOptions({ onSuccess: () => setBody('') }));
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('conversations.inquiryHeading')}</h2>
      <p className="hint">{anonymous ? t('conversations.inquiryViaStaffHint') : t('conversations.inquiryHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) start.mutate({ companyId, listingId, body });
        }}
      >
        {companies.length > 1 && (
          <SelectField
            label={t('conversations.inquiryAs')}
            value={companyId}
            onChange={(event) => setCompanyId(event.target.value)}
          >
            {companies.map((company) => (
              <option key={company.companyId} value={company.companyId}>
                {company.companyName}
              </option>
            ))}
          </SelectField>
        )}
        <div className="field">
          <label htmlFor={id}>{t('conversations.message')}</label>
          <textarea
            id={id}
            rows={4}
            value={body}
            maxLength={messageMaxLength}
            onChange={(event) => setBody(event.target.value)}
          />
        </div>
        <button type="submit" disabled={start.isPending || body.trim() === ''}>
          {t('conversations.send')}
        </button>
      </form>
      {start.isError && <FormMessage kind="error">{message(start.error.message)}</FormMessage>}
      {start.data && (
        <FormMessage kind="success">
          {t('conversations.inquirySent')}{' '}
          <Link to={`/conversations/${start.data.conversationId}`}>{t('conversations.toConversation')}</Link>
        </FormMessage>
      )}
    </section>
  );
}
