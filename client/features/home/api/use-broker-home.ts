import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../../lib/trpc';

/** A broker's day: next steps, strong new matches, conversations waiting on IUC, the month so far. */
export function useBrokerHome() {
  return useQuery({ ...trpc.home.broker.queryOptions(), refetchInterval: 60_000 });
}
