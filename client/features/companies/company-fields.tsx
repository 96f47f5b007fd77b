import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { employeeBands, sniDivisions, sniSections } from '../../../shared/companies/sni';
import { municipalities } from '../../../shared/geo/municipalities';
import { SelectField, TextField } from '../../ui/fields';

type Language = 'sv' | 'en';

/** Sections A–U, with manufacturing's divisions listed under C, where most of our users are. */
export function SniOptions() {
  const { i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  return (
    <>
      <option value="">–</option>
      {sniSections.map((section) => (
        <optgroup key={section.code} label={`${section.code} ${section[language]}`}>
          <option value={section.code}>
            {section.code} {section[language]}
          </option>
          {sniDivisions
            .filter((division) => division.section === section.code)
            .map((division) => (
              <option key={division.code} value={division.code}>
                {division.code} {division[language]}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

export function MunicipalityOptions() {
  return (
    <>
      <option value="">–</option>
      {municipalities.map((municipality) => (
        <option key={municipality.code} value={municipality.code}>
          {municipality.name}
        </option>
      ))}
    </>
  );
}

type ErrorsAt = Record<string, { message?: string } | undefined>;

/** Profile fields of a new company (name, organisationsnummer, industry, size, website, description). */
export function CompanyProfileFields<T extends FieldValues>({
  register,
  errors,
  prefix,
}: {
  register: UseFormRegister<T>;
  errors: unknown;
  prefix: string;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  const at = (errors ?? {}) as ErrorsAt;
  const name = (field: string) => `${prefix}${field}` as Path<T>;
  const error = (field: string) => at[field] as never;
  return (
    <>
      <TextField
        label={t('company.name')}
        autoComplete="organization"
        error={error('name')}
        {...register(name('name'))}
      />
      <TextField
        label={t('company.orgNumber')}
        hint={t('company.orgNumberHint')}
        inputMode="numeric"
        error={error('orgNumber')}
        {...register(name('orgNumber'))}
      />
      <SelectField label={t('company.sniCode')} error={error('sniCode')} {...register(name('sniCode'))}>
        <SniOptions />
      </SelectField>
      <SelectField
        label={t('company.employeesBand')}
        error={error('employeesBand')}
        {...register(name('employeesBand'))}
      >
        <option value="">–</option>
        {employeeBands.map((band) => (
          <option key={band.code} value={band.code}>
            {band[language]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={`${t('company.website')} (${t('common.optional')})`}
        type="url"
        autoComplete="url"
        error={error('website')}
        {...register(name('website'))}
      />
      <TextField
        label={`${t('company.description')} (${t('common.optional')})`}
        error={error('description')}
        {...register(name('description'))}
      />
      <TextField
        label={`${t('company.contactPhone')} (${t('common.optional')})`}
        type="tel"
        autoComplete="tel"
        error={error('contactPhone')}
        {...register(name('contactPhone'))}
      />
    </>
  );
}

/** A site: name, address and municipality; coordinates optional (the municipality seat otherwise). */
export function SiteFields<T extends FieldValues>({
  register,
  errors,
  prefix,
  withCoordinates = false,
}: {
  register: UseFormRegister<T>;
  errors: unknown;
  prefix: string;
  withCoordinates?: boolean;
}) {
  const { t } = useTranslation();
  const at = (errors ?? {}) as ErrorsAt;
  const name = (field: string) => `${prefix}${field}` as Path<T>;
  const error = (field: string) => at[field] as never;
  const asOptionalNumber = {
    setValueAs: (value: string) =>
      value === '' || value === undefined ? undefined : Number(String(value).replace(',', '.')),
  };
  return (
    <>
      <TextField label={t('company.siteName')} error={error('name')} {...register(name('name'))} />
      <TextField
        label={t('company.streetAddress')}
        autoComplete="street-address"
        error={error('streetAddress')}
        {...register(name('streetAddress'))}
      />
      <TextField
        label={`${t('company.postalCode')} (${t('common.optional')})`}
        autoComplete="postal-code"
        inputMode="numeric"
        error={error('postalCode')}
        {...register(name('postalCode'))}
      />
      <SelectField
        label={t('company.municipality')}
        error={error('municipalityCode')}
        {...register(name('municipalityCode'))}
      >
        <MunicipalityOptions />
      </SelectField>
      {withCoordinates && (
        <>
          <TextField
            label={`${t('company.latitude')} (${t('common.optional')})`}
            hint={t('company.coordinatesHint')}
            inputMode="decimal"
            error={error('lat')}
            {...register(name('lat'), asOptionalNumber as never)}
          />
          <TextField
            label={`${t('company.longitude')} (${t('common.optional')})`}
            inputMode="decimal"
            error={error('lon')}
            {...register(name('lon'), asOptionalNumber as never)}
          />
        </>
      )}
    </>
  );
}

/** A new company with its first site, as sign-up, the sign-up finish page and "create a company" ask for it. */
export function NewCompanyFields<T extends FieldValues>({
  register,
  errors,
  prefix,
}: {
  register: UseFormRegister<T>;
  errors: unknown;
  prefix: string;
}) {
  const { t } = useTranslation();
  const firstSiteErrors = (errors as { firstSite?: unknown } | undefined)?.firstSite;
  return (
    <>
      <CompanyProfileFields register={register} errors={errors} prefix={prefix} />
      <fieldset>
        <legend>{t('company.firstSiteHeading')}</legend>
        <SiteFields register={register} errors={firstSiteErrors} prefix={`${prefix}firstSite.`} />
      </fieldset>
    </>
  );
}
