import { z } from 'zod';
import { plainText } from '../text';

const CompanyIdSchema = z.uuid({ message: 'validation.companyId' });

export const ListingMatchesSchema = z.strictObject({
  companyId: CompanyIdSchema,
  listingId: z.uuid({ message: 'validation.listingId' }),
});
export const CompanyMatchesSchema = z.strictObject({ companyId: CompanyIdSchema });

export const matchReactionKinds = ['interesting', 'not_relevant'] as const;
export const ReactToMatchSchema = z.strictObject({
  companyId: CompanyIdSchema,
  matchId: z.uuid({ message: 'validation.matchId' }),
  reaction: z.enum(matchReactionKinds, { message: 'validation.matchReaction' }),
  /** Why it is not relevant, in the member's words; optional. */
  reason: plainText().trim().max(500, { message: 'validation.reasonTooLong' }).optional(),
});
export const MarkMatchesReadSchema = z.strictObject({
  companyId: CompanyIdSchema,
  matchIds: z.array(z.uuid({ message: 'validation.matchId' })).max(50),
});
