import { z } from 'zod';
import { units } from '../listings/units';
import { calendarDate, plainText } from '../text';

export const outcomeBases = ['per_year', 'one_off'] as const;
export type OutcomeBasis = (typeof outcomeBases)[number];
/** 'none' when nothing is transported (the same site, heat through an existing pipe). */
export const transportModes = ['truck', 'none'] as const;
export type TransportMode = (typeof transportModes)[number];

const MatchIdSchema = z.uuid({ message: 'validation.matchId' });
const DateSchema = calendarDate();

export const RecordOutcomeSchema = z.strictObject({
  matchId: MatchIdSchema,
  quantity: z
    .number({ message: 'validation.quantityPositive' })
    .positive({ message: 'validation.quantityPositive' })
    .max(1e9, { message: 'validation.quantityTooLarge' }),
  unit: z.enum(units, { message: 'validation.unit' }),
  basis: z.enum(outcomeBases, { message: 'validation.outcomeBasis' }),
  startDate: DateSchema,
  valueSek: z
    .number()
    .min(0, { message: 'validation.price' })
    .max(1e11, { message: 'validation.price' })
    .nullable()
    .optional(),
  /** Left out: the distance between the two sites. */
  distanceKm: z
    .number()
    .min(0, { message: 'validation.distanceKm' })
    .max(5000, { message: 'validation.distanceKm' })
    .optional(),
  transportMode: z.enum(transportModes, { message: 'validation.transportMode' }).default('truck'),
  notes: plainText().trim().max(2000, { message: 'validation.tooLong' }).optional(),
  /** The revision the person saw (0 before the first): a revision made meanwhile is a conflict, not overwritten. */
  expectedRevision: z.number().int().min(0),
});

export const MatchOutcomeSchema = z.strictObject({ matchId: MatchIdSchema });

const fromNotAfterTo: [(period: { from: string; to: string }) => boolean, { path: string[]; message: string }] = [
  (period) => period.from <= period.to,
  { path: ['to'], message: 'validation.untilBeforeFrom' },
];

export const PeriodSchema = z.strictObject({ from: DateSchema, to: DateSchema }).refine(...fromNotAfterTo);

export const exportLanguages = ['sv', 'en'] as const;
/** A period's outcomes as a file, in the reader's language (separators, decimals, names). */
export const OutcomeExportSchema = z
  .strictObject({
    from: DateSchema,
    to: DateSchema,
    language: z.enum(exportLanguages, { message: 'validation.language' }).default('sv'),
  })
  .refine(...fromNotAfterTo);

export const CompanyImpactSchema = z.strictObject({ companyId: z.uuid({ message: 'validation.companyId' }) });
