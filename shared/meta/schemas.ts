import { z } from 'zod';

/** What the client's error boundary reports when a page fails to render. */
export const ClientErrorReportSchema = z.object({
  message: z.string().trim().min(1).max(2000),
  path: z.string().max(500),
  componentStack: z.string().max(10_000).optional(),
});
export type ClientErrorReport = z.infer<typeof ClientErrorReportSchema>;
