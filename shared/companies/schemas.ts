import { z } from 'zod';
import { EmailSchema } from '../accounts/schemas';
import { getMunicipality } from '../geo/municipalities';
import { plainText, singleLineText } from '../text';
import { orgNumberSchema } from './org-number';
import { employeeBandCodes, getSniDivision, getSniSection } from './sni';

// Messages are i18n keys (validation.*) that the client translates.

export const CompanyIdSchema = z.uuid({ message: 'validation.companyId' });
export const companyRoles = ['owner', 'admin', 'member'] as const;
export const CompanyRoleSchema = z.enum(companyRoles, { message: 'validation.role' });
export type CompanyRole = z.infer<typeof CompanyRoleSchema>;

const optionalText = (max: number, text: typeof singleLineText = singleLineText) =>
  text()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const SniCodeSchema = singleLineText()
  .trim()
  .toUpperCase()
  .refine((code) => getSniSection(code) !== undefined || getSniDivision(code) !== undefined, {
    message: 'validation.sniCode',
  });

export const WebsiteSchema = singleLineText({ message: 'validation.website' })
  .trim()
  .transform((value) => (value === '' ? null : /^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(
    z
      .url({ protocol: /^https?$/, message: 'validation.website' })
      .max(300, { message: 'validation.tooLong' })
      .nullable(),
  )
  .nullable()
  .optional();

export const MunicipalityCodeSchema = singleLineText({ message: 'validation.municipality' }).refine(
  (code) => getMunicipality(code) !== undefined,
  { message: 'validation.municipality' },
);

/** Coordinates inside Sweden's bounding box; a pin in the sea off Stockholm is fine, one in Spain is a typo. */
export const LatitudeSchema = z
  .number({ message: 'validation.latitude' })
  .min(55, { message: 'validation.latitude' })
  .max(69.1, { message: 'validation.latitude' });
export const LongitudeSchema = z
  .number({ message: 'validation.longitude' })
  .min(10.9, { message: 'validation.longitude' })
  .max(24.2, { message: 'validation.longitude' });

export const SiteFieldsSchema = z.strictObject({
  name: singleLineText().trim().min(1, { message: 'validation.required' }).max(100, { message: 'validation.tooLong' }),
  streetAddress: singleLineText()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(200, { message: 'validation.tooLong' }),
  postalCode: singleLineText()
    .trim()
    .transform((value) => (value === '' ? null : value.replace(/\s/g, '')))
    .pipe(
      z
        .string()
        .regex(/^\d{5}$/, { message: 'validation.postalCode' })
        .nullable(),
    )
    .nullable()
    .optional(),
  municipalityCode: MunicipalityCodeSchema,
  /** Absent: the municipality seat's coordinates. */
  lat: LatitudeSchema.optional(),
  lon: LongitudeSchema.optional(),
});
export type SiteFields = z.infer<typeof SiteFieldsSchema>;

const companyProfileFields = {
  // An empty name says that it is needed; "too short" is for a single letter.
  name: singleLineText()
    .trim()
    .min(1, { message: 'validation.companyNameRequired', abort: true })
    .min(2, { message: 'validation.companyNameTooShort' })
    .max(120, { message: 'validation.tooLong' }),
  sniCode: SniCodeSchema,
  employeesBand: z.enum(employeeBandCodes, { message: 'validation.employeesBand' }),
  website: WebsiteSchema,
  description: optionalText(1000, plainText),
  contactPhone: optionalText(40),
};

export const CreateCompanySchema = z.strictObject({
  ...companyProfileFields,
  orgNumber: orgNumberSchema,
  firstSite: SiteFieldsSchema,
});
export type CreateCompanyInput = z.input<typeof CreateCompanySchema>;

/** The organisationsnummer cannot change: it is the company's identity. */
export const UpdateCompanySchema = z.strictObject({
  companyId: CompanyIdSchema,
  name: companyProfileFields.name.optional(),
  sniCode: SniCodeSchema.optional(),
  employeesBand: companyProfileFields.employeesBand.optional(),
  website: WebsiteSchema,
  description: optionalText(1000, plainText),
  contactPhone: optionalText(40),
  contactUserId: singleLineText().min(1).max(100).optional(),
  brokerAssistance: z.boolean().optional(),
});
export type UpdateCompanyInput = z.input<typeof UpdateCompanySchema>;

export const CompanyRefSchema = z.strictObject({ companyId: CompanyIdSchema });
export const AddSiteSchema = z.strictObject({ companyId: CompanyIdSchema, site: SiteFieldsSchema });
export const UpdateSiteSchema = z.strictObject({
  companyId: CompanyIdSchema,
  siteId: z.uuid(),
  site: SiteFieldsSchema,
});
export const RemoveSiteSchema = z.strictObject({ companyId: CompanyIdSchema, siteId: z.uuid() });

export const InviteMemberSchema = z.strictObject({
  companyId: CompanyIdSchema,
  email: EmailSchema,
  role: CompanyRoleSchema,
});
export type InviteMemberInput = z.input<typeof InviteMemberSchema>;
export const RevokeInvitationSchema = z.strictObject({ companyId: CompanyIdSchema, invitationId: z.uuid() });
export const ChangeMemberRoleSchema = z.strictObject({
  companyId: CompanyIdSchema,
  userId: singleLineText().min(1).max(100),
  role: CompanyRoleSchema,
});
export const RemoveMemberSchema = z.strictObject({
  companyId: CompanyIdSchema,
  userId: singleLineText().min(1).max(100),
});
export const CloseCompanySchema = z.strictObject({
  companyId: CompanyIdSchema,
  confirmName: singleLineText().trim().max(200),
});
export const InvitationTokenSchema = z.strictObject({
  token: singleLineText().regex(/^[A-Za-z0-9_-]{32,64}$/, { message: 'validation.invitationToken' }),
});
