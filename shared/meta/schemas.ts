import { z } from 'zod';
import { plainText, singleLineText } from '../text';

/** What the client's error boundary reports when a page fails to render. */
export const ClientErrorReportSchema = z.object({
  message: plainText().trim().min(1).max(2000),
  path: singleLineText().max(500),
  componentStack: plainText().max(10_000).optional(),
});
export type ClientErrorReport = z.infer<typeof ClientErrorReportSchema>;
