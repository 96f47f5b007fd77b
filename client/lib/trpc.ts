import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchStreamLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../server/router';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Marketplace data changes in minutes, not seconds: 30 s avoids refetching on every mount.
      staleTime: 30_000,
      // Coming back to the tab should show fresh listings and matches.
      refetchOnWindowFocus: true,
      // A 4xx will not get better by asking again; network hiccups might.
      retry: (failureCount, error) => {
        const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
        return (status === undefined || status >= 500) && failureCount < 2;
      },
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  // Streaming batches: a slow procedure does not hold back the answers of fast ones in the same batch.
  links: [httpBatchStreamLink({ url: '/trpc', maxItems: 20 })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
