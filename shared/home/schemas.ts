import { z } from 'zod';

/** How many of the newest offers and of the newest needs the front page shows. */
export const homeTeaserCount = 4;
/** A member's home lists the company's listings that expire within this many days. */
export const expiringWithinDays = 14;
/** A broker's home lists next steps due within this many days (overdue ones always). */
export const nextStepsWithinDays = 7;
/** "New" strong matches on a broker's home: suggested within this many days. */
export const newMatchWithinDays = 14;
/** How many rows each home panel lists; the panel's count says how many there are in all. */
export const homePanelRows = 5;

export const CompanyHomeSchema = z.strictObject({ companyId: z.uuid({ message: 'validation.companyId' }) });
export type CompanyHomeInput = z.input<typeof CompanyHomeSchema>;
