import { z } from 'zod';
import { calendarDate, plainText, singleLineText } from '../text';

/** A match's way from suggestion to deal; the last two are the off-ramps. */
export const matchStages = [
  'suggested',
  'reviewing',
  'introduced',
  'negotiating',
  'agreed',
  'completed',
  'declined',
  'dismissed',
] as const;
export type MatchStage = (typeof matchStages)[number];
export const offRampStages: readonly MatchStage[] = ['declined', 'dismissed'];
/** Past 'introduced': the companies deal with each other, so an anonymous side must have been revealed. */
export const dealStages: readonly MatchStage[] = ['negotiating', 'agreed', 'completed'];

/** Why a match left the pipeline; 'other' asks for words. */
export const offRampReasons = [
  'not_relevant',
  'wrong_quality',
  'wrong_quantity',
  'too_far',
  'price',
  'timing',
  'permits',
  'no_response',
  'found_elsewhere',
  'duplicate',
  'other',
] as const;

export const introductionAnswers = ['accepted', 'declined'] as const;

const MatchIdSchema = z.uuid({ message: 'validation.matchId' });
const CompanyIdSchema = z.uuid({ message: 'validation.companyId' });
const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .optional()
    .transform((value) => (value ? value : undefined));

export const pipelineSorts = ['score', 'waiting'] as const;
export const reactionFilters = ['any', 'interesting', 'not_relevant'] as const;

export const PipelineFilterSchema = z.strictObject({
  stages: z
    .array(z.enum(matchStages, { message: 'validation.stage' }))
    .max(matchStages.length)
    .optional(),
  municipalityCode: singleLineText()
    .regex(/^\d{4}$/, { message: 'validation.municipality' })
    .optional(),
  categoryId: singleLineText().max(80).optional(),
  minScore: z.number().int().min(0).max(100).optional(),
  /** A user id, or 'none' for unassigned matches. */
  assigneeId: singleLineText().max(80).optional(),
  companyId: CompanyIdSchema.optional(),
  /** Matches created at most this many days ago. */
  maxAgeDays: z.number().int().min(1).max(3650).optional(),
  reaction: z.enum(reactionFilters, { message: 'validation.reaction' }).optional(),
  sort: z.enum(pipelineSorts, { message: 'validation.sort' }).default('score'),
  /** The board shows this many per stage; the table this many in all. */
  limit: z.number().int().min(1).max(500).default(200),
  perStage: z.boolean().default(false),
});

export const MatchRefSchema = z.strictObject({ matchId: MatchIdSchema });

export const MoveStageSchema = z
  .strictObject({
    matchId: MatchIdSchema,
    /** The stage the broker saw: a move from any other stage is a conflict, not a silent overwrite. */
    fromStage: z.enum(matchStages, { message: 'validation.stage' }),
    toStage: z.enum(matchStages, { message: 'validation.stage' }),
    reason: z.enum(offRampReasons, { message: 'validation.offRampReason' }).optional(),
    note: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if (offRampStages.includes(input.toStage) && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.offRampReasonRequired' });
    }
    if (input.reason === 'other' && !input.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'validation.offRampNoteRequired' });
    }
  });

export const AssignSchema = z.strictObject({
  matchId: MatchIdSchema,
  assigneeId: singleLineText().min(1).max(80).nullable(),
});

export const NextStepSchema = z.strictObject({
  matchId: MatchIdSchema,
  nextStep: plainText().trim().max(500, { message: 'validation.tooLong' }),
  dueDate: calendarDate().nullable(),
});

export const AddNoteSchema = z.strictObject({
  matchId: MatchIdSchema,
  body: plainText().trim().min(1, { message: 'validation.required' }).max(5000, { message: 'validation.tooLong' }),
});

export const CreateMatchSchema = z.strictObject({
  offerListingId: z.uuid({ message: 'validation.listingId' }),
  needListingId: z.uuid({ message: 'validation.listingId' }),
});

export const IntroduceSchema = z.strictObject({
  matchId: MatchIdSchema,
  note: plainText().trim().min(1, { message: 'validation.required' }).max(2000, { message: 'validation.tooLong' }),
});

export const CompanyIntroductionsSchema = z.strictObject({ companyId: CompanyIdSchema });

export const AnswerIntroductionSchema = z.strictObject({
  companyId: CompanyIdSchema,
  introductionId: z.uuid({ message: 'validation.introductionId' }),
  answer: z.enum(introductionAnswers, { message: 'validation.answer' }),
  reason: optionalText(1000),
});
