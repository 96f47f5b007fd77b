import type { ErrorInfo } from 'react';
import { trpcClient } from '../lib/trpc';

/** Sends a render failure to the server log; failing to report must never cause a second error. */
export function reportClientError(error: unknown, info: ErrorInfo): void {
  const message = error instanceof Error ? error.message : String(error);
  trpcClient.meta.reportClientError
    .mutate({
      message: message.slice(0, 2000) || 'unknown error',
      path: window.location.pathname.slice(0, 500),
      componentStack: info.componentStack?.slice(0, 10_000) ?? undefined,
    })
    .catch(() => {});
}
