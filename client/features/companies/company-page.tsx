import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import {
  CompanyRoleSchema,
  InviteMemberSchema,
  SiteFieldsSchema,
  UpdateCompanySchema,
} from '../../../shared/companies/schemas';
import { employeeBands, getSniDivision, getSniSection } from '../../../shared/companies/sni';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { applyServerErrors, useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/forms';
import { useFormat } from '../../ui/use-format';
import { SiteFields, SniOptions } from './company-fields';

export function CompanyPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const company = useQuery(trpc.companies.get.queryOptions({ companyId }));
  const me = useMe();
  if (company.isPending) return <p>{t('common.loading')}</p>;
  if (company.isError) return <FormMessage kind="error">{t('company.notFound')}</FormMessage>;
  const data = company.data;
  const language = format.language;
  const sni = getSniDivision(data.sniCode) ?? getSniSection(data.sniCode);
  const canEdit = data.myRole === 'owner' || data.myRole === 'admin';
  const staff = me.data?.platformRole === 'broker' || me.data?.platformRole === 'admin';
  return (
    <>
      <section className="panel">
        <h1>{data.name}</h1>
        {!data.myRole && staff && data.brokerAssistance && (
          <p>
            {t('company.actOnBehalf')} <Link to={`/companies/${companyId}/listings`}>{t('listings.ours')}</Link> ·{' '}
            <Link to={`/companies/${companyId}/listings/new`}>{t('listings.new')}</Link>
          </p>
        )}
        {data.myRole && (
          <p>
            <Link to={`/companies/${companyId}/listings`}>{t('listings.ours')}</Link> ·{' '}
            <Link to={`/companies/${companyId}/listings/new`}>{t('listings.new')}</Link> ·{' '}
            <Link to={`/companies/${companyId}/introductions`}>{t('introductions.link')}</Link> ·{' '}
            <Link to={`/companies/${companyId}/impact`}>{t('impact.companyLink')}</Link>
          </p>
        )}
        <dl className="facts">
          <dt>{t('company.orgNumber')}</dt>
          <dd>{data.orgNumber}</dd>
          <dt>{t('company.sniCode')}</dt>
          <dd>{sni ? `${sni.code} ${sni[language]}` : data.sniCode}</dd>
          <dt>{t('company.employeesBand')}</dt>
          <dd>{employeeBands.find((band) => band.code === data.employeesBand)?.[language]}</dd>
          {data.website && (
            <>
              <dt>{t('company.website')}</dt>
              <dd>
                <a href={data.website} rel="noopener noreferrer">
                  {data.website}
                </a>
              </dd>
            </>
          )}
          {data.description && (
            <>
              <dt>{t('company.description')}</dt>
              <dd>{data.description}</dd>
            </>
          )}
          <dt>{t('company.contact')}</dt>
          <dd>
            {data.contact
              ? [data.contact.name, data.contact.email, data.contact.phone].filter(Boolean).join(' · ')
              : t('company.contactHidden')}
          </dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('company.sitesHeading')}</h2>
        <ul>
          {data.sites.map((site) => (
            <li key={site.id}>
              <strong>{site.name}</strong>
              {site.streetAddress ? `, ${site.streetAddress}` : ''}, {getMunicipality(site.municipalityCode)?.name}
              {site.lat !== null && site.lon !== null && ` (${format.coordinates(site.lat, site.lon)})`}
              {canEdit && site.streetAddress !== null && (
                <EditSiteForm
                  companyId={companyId}
                  siteId={site.id}
                  initial={{
                    name: site.name,
                    streetAddress: site.streetAddress,
                    postalCode: site.postalCode ?? '',
                    municipalityCode: site.municipalityCode,
                    lat: site.lat ?? undefined,
                    lon: site.lon ?? undefined,
                  }}
                />
              )}
            </li>
          ))}
        </ul>
        {canEdit && <AddSiteForm companyId={companyId} />}
      </section>
      {canEdit && <EditCompanyForm companyId={companyId} initial={data} />}
      {data.myRole && <MembersSection companyId={companyId} />}
    </>
  );
}

const EditSchema = UpdateCompanySchema.omit({ contactUserId: true });

function EditCompanyForm({
  companyId,
  initial,
}: {
  companyId: string;
  initial: {
    name: string;
    sniCode: string;
    employeesBand: string;
    website: string | null;
    description: string | null;
    brokerAssistance: boolean;
  };
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const update = useMutation(trpc.companies.update.mutationOptions());
  const form = useForm<z.input<typeof EditSchema>, unknown, z.output<typeof EditSchema>>({
    resolver: zodResolver(EditSchema),
    defaultValues: {
      companyId,
      name: initial.name,
      sniCode: initial.sniCode,
      employeesBand: initial.employeesBand as never,
      website: initial.website ?? '',
      description: initial.description ?? '',
      brokerAssistance: initial.brokerAssistance,
    },
  });
  const errors = form.formState.errors;
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    try {
      await update.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.companies.get.queryFilter({ companyId }));
      setStatus({ kind: 'success', text: t('common.saved') });
    } catch (error) {
      const unplaced = applyServerErrors(error, form.setError, Object.keys(EditSchema.shape));
      if (unplaced) setStatus({ kind: 'error', text: message(unplaced.message, unplaced.params) });
    }
  });
  return (
    <section className="panel" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('company.editHeading')}</h2>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <TextField label={t('company.name')} error={errors.name} {...form.register('name')} />
        <SelectField label={t('company.sniCode')} error={errors.sniCode} {...form.register('sniCode')}>
          <SniOptions />
        </SelectField>
        <SelectField
          label={t('company.employeesBand')}
          error={errors.employeesBand}
          {...form.register('employeesBand')}
        >
          {employeeBands.map((band) => (
            <option key={band.code} value={band.code}>
              {band[language]}
            </option>
          ))}
        </SelectField>
        <TextField label={t('company.website')} type="url" error={errors.website} {...form.register('website')} />
        <TextField label={t('company.description')} error={errors.description} {...form.register('description')} />
        <div className="field checkbox">
          <input id="broker-assistance" type="checkbox" {...form.register('brokerAssistance')} />
          <label htmlFor="broker-assistance">{t('company.brokerAssistance')}</label>
        </div>
        {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}

function AddSiteForm({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const addSite = useMutation(trpc.companies.addSite.mutationOptions());
  const form = useForm<z.input<typeof SiteFieldsSchema>, unknown, z.output<typeof SiteFieldsSchema>>({
    resolver: zodResolver(SiteFieldsSchema),
  });
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (site) => {
    setFailure(null);
    try {
      await addSite.mutateAsync({ companyId, site });
      form.reset();
      await queryClient.invalidateQueries(trpc.companies.get.queryFilter({ companyId }));
    } catch (error) {
      const unplaced = applyServerErrors(error, form.setError, Object.keys(SiteFieldsSchema.shape));
      if (unplaced) setFailure(message(unplaced.message));
    }
  });
  return (
    <details>
      <summary>{t('company.addSite')}</summary>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <SiteFields register={form.register} errors={form.formState.errors} prefix="" withCoordinates />
        <FormMessage kind="error">{failure}</FormMessage>
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t('company.addSite')}
        </button>
      </form>
    </details>
  );
}

/** Edit a site, including moving its pin: the coordinates start at the municipality seat. */
function EditSiteForm({
  companyId,
  siteId,
  initial,
}: {
  companyId: string;
  siteId: string;
  initial: z.input<typeof SiteFieldsSchema>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const updateSite = useMutation(trpc.companies.updateSite.mutationOptions());
  const removeSite = useMutation(trpc.companies.removeSite.mutationOptions());
  const form = useForm<z.input<typeof SiteFieldsSchema>, unknown, z.output<typeof SiteFieldsSchema>>({
    resolver: zodResolver(SiteFieldsSchema),
    defaultValues: initial,
  });
  const refresh = () => queryClient.invalidateQueries(trpc.companies.get.queryFilter({ companyId }));
  const fail = (error: unknown) => {
    const unplaced = applyServerErrors(error, form.setError, Object.keys(SiteFieldsSchema.shape));
    if (unplaced) setStatus({ kind: 'error', text: message(unplaced.message, unplaced.params) });
  };
  const focus = useFocusFirstInvalid();
  const onSubmit = form.handleSubmit(async (site) => {
    setStatus(null);
    try {
      await updateSite.mutateAsync({ companyId, siteId, site });
      await refresh();
      setStatus({ kind: 'success', text: t('common.saved') });
    } catch (error) {
      fail(error);
    }
  });
  return (
    <details>
      <summary>{t('company.editSite', { name: initial.name })}</summary>
      <form ref={focus.ref} onSubmit={focus.afterSubmit(onSubmit)} noValidate>
        <SiteFields register={form.register} errors={form.formState.errors} prefix="" withCoordinates />
        {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
        <div className="actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {t('common.save')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              setStatus(null);
              try {
                await removeSite.mutateAsync({ companyId, siteId });
                await refresh();
              } catch (error) {
                fail(error);
              }
            }}
          >
            {t('company.removeSite')}
          </button>
        </div>
      </form>
    </details>
  );
}

function MembersSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const message = useMessage();
  const members = useQuery(trpc.companies.members.queryOptions({ companyId }));
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const changeRole = useMutation(trpc.companies.changeRole.mutationOptions());
  const removeMember = useMutation(trpc.companies.removeMember.mutationOptions());
  const invite = useMutation(trpc.companies.invite.mutationOptions());
  const InviteFormSchema = InviteMemberSchema;
  const form = useForm<z.input<typeof InviteFormSchema>, unknown, z.output<typeof InviteFormSchema>>({
    resolver: zodResolver(InviteFormSchema),
    defaultValues: { companyId, role: 'member', email: '' },
  });
  const inviteFocus = useFocusFirstInvalid();
  const refresh = () => queryClient.invalidateQueries(trpc.companies.members.queryFilter({ companyId }));
  const run = async (work: () => Promise<unknown>, success?: string) => {
    setStatus(null);
    try {
      await work();
      await refresh();
      if (success) setStatus({ kind: 'success', text: success });
    } catch (error) {
      const unplaced = applyServerErrors(error, form.setError, ['email', 'role']);
      if (unplaced) setStatus({ kind: 'error', text: message(unplaced.message, unplaced.params) });
    }
  };
  if (!members.data) return null;
  const isAdmin = members.data.myRole !== 'member';
  const roles = CompanyRoleSchema.options;
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('company.membersHeading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('auth.name')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('company.role')}</th>
            {isAdmin && <th scope="col">{t('common.remove')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.data.members.map((member) => (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>
                {isAdmin ? (
                  <select
                    aria-label={t('company.changeRole', { name: member.name })}
                    value={member.role}
                    onChange={(event) =>
                      run(() =>
                        changeRole.mutateAsync({ companyId, userId: member.userId, role: event.target.value as never }),
                      )
                    }
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(`company.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`company.roles.${member.role}`)
                )}
              </td>
              {isAdmin && (
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('company.removeMember', { name: member.name })}
                    onClick={() => run(() => removeMember.mutateAsync({ companyId, userId: member.userId }))}
                  >
                    {t('common.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
      {isAdmin && (
        <>
          {members.data.invitations.length > 0 && (
            <>
              <h3>{t('company.pendingInvitations')}</h3>
              <ul>
                {members.data.invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {invitation.email} · {t(`company.roles.${invitation.role}`)} ·{' '}
                    {t('company.expires', { date: format.date(invitation.expiresAt) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('company.inviteHeading')}</h3>
          <form
            ref={inviteFocus.ref}
            onSubmit={inviteFocus.afterSubmit(
              form.handleSubmit((values) =>
                run(
                  async () => {
                    await invite.mutateAsync(values);
                    form.reset({ companyId, role: 'member', email: '' });
                  },
                  t('company.invited', { email: values.email }),
                ),
              ),
            )}
            noValidate
          >
            <TextField
              label={t('auth.email')}
              type="email"
              error={form.formState.errors.email}
              {...form.register('email')}
            />
            <SelectField label={t('company.role')} error={form.formState.errors.role} {...form.register('role')}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`company.roles.${role}`)}
                </option>
              ))}
            </SelectField>
            <button type="submit" disabled={form.formState.isSubmitting}>
              {t('company.inviteSubmit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
