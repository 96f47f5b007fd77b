import { useQuery } from '@tanstack/react-query';
import { trpc } from './trpc';

/** The signed-in person with their companies, or null when signed out. */
export function useMe() {
  return useQuery(trpc.accounts.me.queryOptions());
}
