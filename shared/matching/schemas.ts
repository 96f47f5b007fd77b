import { z } from 'zod';
import { plainText } from '../text';

const CompanyIdSchema = z.uuid({ message: 'validation.companyId' });

export const ListingMatchesSchema = z.strictObject({
  companyId: CompanyIdSchema,
  listingId: z.uuid({ message: 'validation.listingId' }),
});
/** The inbox's orders: best score first (the default), newest first, or unread first (then best). */
export const matchInboxSorts = ['best', 'newest', 'unread'] as const;
export type MatchInboxSort = (typeof matchInboxSorts)[number];
export const CompanyMatchesSchema = z.strictObject({
  companyId: CompanyIdSchema,
  sort: z.enum(matchInboxSorts, { message: 'validation.sort' }).default('best'),
});

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
