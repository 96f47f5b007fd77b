import { z } from 'zod';
import { SearchListingsSchema } from '../search/schemas';
import { singleLineText } from '../text';

export const alertFrequencies = ['immediate', 'daily', 'weekly', 'off'] as const;
export type AlertFrequency = (typeof alertFrequencies)[number];
export const alertKinds = ['saved_search', 'company_matches', 'broker_digest'] as const;
export type AlertKind = (typeof alertKinds)[number];

/**
 * What a notification in the bell is about: an alert's find, or a step of an introduction (to a
 * company: an introduction to answer, a reveal; to the introducing broker: each answer, a reveal).
 * The introduction kinds carry `params` and are worded by the client in the reader's language.
 */
export const notificationKinds = [
  'saved_search',
  'company_matches',
  'introduction',
  'introduction_answer',
  'introduction_revealed',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** New matches of a company's listings are told from this score unless the person chooses another. */
export const defaultMatchAlertScore = 70;
/** IUC staff's daily digest lists suggested matches from this score unless an admin changes it. */
export const defaultBrokerDigestScore = 80;

const AlertIdSchema = z.uuid({ message: 'validation.alertId' });
const NameSchema = singleLineText()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(120, { message: 'validation.alertNameTooLong' });
const FrequencySchema = z.enum(alertFrequencies, { message: 'validation.alertFrequency' });
const ScoreSchema = z
  .number({ message: 'validation.alertScore' })
  .int({ message: 'validation.alertScore' })
  .min(0, { message: 'validation.alertScore' })
  .max(100, { message: 'validation.alertScore' });

/** A saved search keeps the search page's whole state except the page it was on. */
export const SavedSearchQuerySchema = SearchListingsSchema;

export const SaveSearchSchema = z.strictObject({
  name: NameSchema,
  frequency: FrequencySchema,
  query: z.record(z.string(), z.unknown()),
});

export const UpdateAlertSchema = z.strictObject({
  alertId: AlertIdSchema,
  name: NameSchema.optional(),
  frequency: FrequencySchema.optional(),
  minScore: ScoreSchema.optional(),
  /** Emails again after an unsubscribe: only when the person asks for it here, signed in. */
  resumeEmail: z.boolean().optional(),
});

export const AlertRefSchema = z.strictObject({ alertId: AlertIdSchema });

export const CompanyAlertSchema = z.strictObject({
  companyId: z.uuid({ message: 'validation.companyId' }),
  frequency: FrequencySchema,
  minScore: ScoreSchema,
});

export const BrokerDigestScoreSchema = z.strictObject({ minScore: ScoreSchema });

export const NotificationsReadSchema = z.strictObject({
  /** Leave out to mark every notification read. */
  notificationIds: z
    .array(z.uuid({ message: 'validation.notificationId' }))
    .max(100)
    .optional(),
});

export const UnsubscribeSchema = z.strictObject({ token: singleLineText().min(10).max(500) });
