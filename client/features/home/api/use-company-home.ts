import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../../lib/trpc';

/** One company's home: new matches, introductions and messages waiting, listings to look after. */
export function useCompanyHome(companyId: string) {
  return useQuery({ ...trpc.home.company.queryOptions({ companyId }), refetchInterval: 60_000 });
}
