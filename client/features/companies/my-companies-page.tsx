import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { z } from 'zod';
import { CreateCompanySchema } from '../../../shared/companies/schemas';
import { applyServerErrors, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { NewCompanyFields } from './company-fields';

/** The companies the person belongs to; with none, the form to create one. */
export function MyCompaniesPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p>{t('common.loading')}</p>;
  if (!me.data) return <Navigate to="/sign-in?next=/companies" replace />;
  if (me.data.memberships.length === 1)
    return <Navigate to={`/companies/${me.data.memberships[0]?.companyId}`} replace />;
  return (
    <>
      {me.data.memberships.length > 0 ? (
        <section className="panel">
          <h1>{t('nav.companies')}</h1>
          <ul>
            {me.data.memberships.map((membership) => (
              <li key={membership.companyId}>
                <Link to={`/companies/${membership.companyId}`}>{membership.companyName}</Link> ·{' '}
                {t(`company.roles.${membership.role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="panel">{t('company.none')}</p>
      )}
      <CreateCompanyForm />
    </>
  );
}

const companyFields = ['name', 'orgNumber', 'sniCode', 'employeesBand', 'website', 'description', 'contactPhone'];

function CreateCompanyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useMutation(trpc.companies.create.mutationOptions());
  const form = useForm<z.input<typeof CreateCompanySchema>, unknown, z.output<typeof CreateCompanySchema>>({
    resolver: zodResolver(CreateCompanySchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const company = await create.mutateAsync(values);
      await queryClient.invalidateQueries();
      navigate(`/companies/${company.id}`);
    } catch (error) {
      const unplaced = applyServerErrors(error, form.setError, companyFields);
      if (unplaced) setFailure(message(unplaced.message, unplaced.params));
    }
  });
  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('company.createInstead')}</h2>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <NewCompanyFields register={form.register} errors={form.formState.errors} prefix="" />
        <FormMessage kind="error">{failure}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('company.createSubmit')}
        </button>
      </form>
    </section>
  );
}
