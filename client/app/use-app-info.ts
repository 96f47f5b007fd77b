import { useQuery } from '@tanstack/react-query';
import { trpc } from '../lib/trpc';

export function useAppInfo() {
  return useQuery(trpc.meta.info.queryOptions());
}
