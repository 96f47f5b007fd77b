import { z } from 'zod';
import { CompanyIdSchema } from '../companies/schemas';
import { getCategory, leafCategoryIdSchema } from '../taxonomy/taxonomy';
import { calendarDate, plainText, singleLineText } from '../text';
import { ewcCodes, hazardousEwcCodes } from './ewc-codes';
import { frequencies, isWithinMaxQuantity, units, unitsForDimensions } from './units';

// Messages are i18n keys (validation.*) that the client translates.

export const listingSides = ['offer', 'need'] as const;
export const listingTypes = ['material', 'capacity'] as const;
export const priceModels = ['free', 'negotiable', 'fixed', 'pays_for_removal'] as const;
export const listingStatuses = ['draft', 'active', 'paused', 'closed', 'expired'] as const;
export const closeReasons = ['matched_sidestream', 'matched_elsewhere', 'withdrawn'] as const;
export type ListingStatus = (typeof listingStatuses)[number];
export type PriceModel = (typeof priceModels)[number];

/** A listing stays up this long after publishing or renewal. */
export const listingLifetimeDays = 90;
export const maxPhotosPerListing = 6;
export const maxPhotoBytes = 8 * 1024 * 1024;

const isoDate = calendarDate();

/** "12 01 03*", "120103" and "12-01-03" all mean 120103; the asterisk is the list's, not the user's, to set. */
export const EwcCodeSchema = singleLineText({ message: 'validation.ewcFormat' })
  .trim()
  .transform((value) => value.replace(/[\s*-]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^\d{6}$/, { message: 'validation.ewcFormat' })
      .refine((code) => ewcCodes.has(code), { message: 'validation.ewcUnknown' }),
  );

export function isHazardousEwcCode(code: string): boolean {
  return hazardousEwcCodes.has(code);
}

export const SpecSchema = z.strictObject({
  key: singleLineText().trim().min(1, { message: 'validation.required' }).max(60, { message: 'validation.tooLong' }),
  value: singleLineText().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
});

const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const listingFields = {
  side: z.enum(listingSides, { message: 'validation.side' }),
  type: z.enum(listingTypes, { message: 'validation.listingType' }),
  categoryId: leafCategoryIdSchema,
  title: singleLineText({ message: 'validation.titleLength' })
    .trim()
    .min(3, { message: 'validation.titleLength' })
    .max(120, { message: 'validation.titleLength' }),
  description: plainText().trim().max(5000, { message: 'validation.descriptionTooLong' }).default(''),
  language: z.enum(['sv', 'en'], { message: 'validation.language' }).default('sv'),
  quantity: z
    .number({ message: 'validation.quantityPositive' })
    .finite({ message: 'validation.quantityPositive' })
    .positive({ message: 'validation.quantityPositive' }),
  unit: z.enum(units, { message: 'validation.unit' }),
  frequency: z.enum(frequencies, { message: 'validation.frequency' }),
  availableFrom: isoDate,
  availableUntil: isoDate.nullable().optional(),
  siteId: z.uuid({ message: 'validation.site' }),
  priceModel: z.enum(priceModels, { message: 'validation.priceModel' }),
  priceSek: z.number({ message: 'validation.price' }).finite().nullable().optional(),
  condition: optionalText(1000),
  specs: z.array(SpecSchema).max(20, { message: 'validation.tooManySpecs' }).default([]),
  ewcCode: EwcCodeSchema.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  hazardous: z.boolean().default(false),
  acceptsHazardous: z.boolean().default(false),
  maxDistanceKm: z
    .number()
    .int({ message: 'validation.maxDistance' })
    .min(1, { message: 'validation.maxDistance' })
    .max(1000, { message: 'validation.maxDistance' })
    .nullable()
    .optional(),
  visibility: z.enum(['public', 'members'], { message: 'validation.visibility' }).default('public'),
  anonymous: z.boolean().default(false),
};

type ListingFieldValues = {
  type: string;
  categoryId: string;
  quantity: number;
  unit: (typeof units)[number];
  availableFrom: string;
  availableUntil?: string | null | undefined;
  priceModel: PriceModel;
  priceSek?: number | null | undefined;
};

/** Rules between fields; each issue names the field it is about. */
function checkListingRules(value: ListingFieldValues, ctx: z.RefinementCtx) {
  const category = getCategory(value.categoryId);
  if (category && category.type !== value.type) {
    ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'validation.categoryType' });
  }
  if (category?.dimensions && !unitsForDimensions(category.dimensions).includes(value.unit)) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: 'validation.unitForCategory' });
  }
  if (!isWithinMaxQuantity(value.quantity, value.unit)) {
    ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'validation.quantityTooLarge' });
  }
  if (value.availableUntil && value.availableUntil < value.availableFrom) {
    ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: 'validation.untilBeforeFrom' });
  }
  const needsPrice = value.priceModel === 'fixed' || value.priceModel === 'pays_for_removal';
  if (needsPrice && !(typeof value.priceSek === 'number' && value.priceSek > 0)) {
    ctx.addIssue({ code: 'custom', path: ['priceSek'], message: 'validation.priceRequired' });
  }
  if (typeof value.priceSek === 'number' && (value.priceSek < 0 || value.priceSek > 1e9)) {
    ctx.addIssue({ code: 'custom', path: ['priceSek'], message: 'validation.price' });
  }
}

export const ListingFieldsSchema = z.strictObject(listingFields).superRefine(checkListingRules);
export type ListingFields = z.output<typeof ListingFieldsSchema>;
export type ListingFieldsInput = z.input<typeof ListingFieldsSchema>;

export const CreateListingSchema = z
  .strictObject({ companyId: CompanyIdSchema, ...listingFields, publish: z.boolean().default(false) })
  .superRefine(checkListingRules);
export type CreateListingInput = z.input<typeof CreateListingSchema>;

export const UpdateListingSchema = z
  .strictObject({
    companyId: CompanyIdSchema,
    listingId: z.uuid(),
    version: z.number().int().positive(),
    ...listingFields,
  })
  .superRefine(checkListingRules);
export type UpdateListingInput = z.input<typeof UpdateListingSchema>;

export const ListingRefSchema = z.strictObject({ listingId: z.uuid({ message: 'validation.listingId' }) });
export const ListingActionSchema = z.strictObject({
  companyId: CompanyIdSchema,
  listingId: z.uuid(),
  version: z.number().int().positive(),
});
export const CloseListingSchema = z.strictObject({
  companyId: CompanyIdSchema,
  listingId: z.uuid(),
  version: z.number().int().positive(),
  reason: z.enum(closeReasons, { message: 'validation.closeReason' }),
});
export const CompanyListingsSchema = z.strictObject({
  companyId: CompanyIdSchema,
  status: z.enum(listingStatuses).optional(),
});
