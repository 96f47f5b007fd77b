import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../../lib/trpc';

/** Counts and the newest listings, shaped by the server for whoever asks (a teaser for visitors). */
export function useVisitorHome() {
  return useQuery(trpc.home.visitor.queryOptions());
}
