import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from './trpc';

/** Completions of the word being typed (search page and front page): asked after a short pause, stale requests aborted. */
export function useSearchCompletions(text: string): string[] {
  const [typed, setTyped] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const completions = useQuery({
    ...trpc.search.suggest.queryOptions({ q: typed }, { trpc: { abortOnUnmount: true } }),
    enabled: typed.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  return text.trim().length >= 2 ? (completions.data?.suggestions ?? []) : [];
}
