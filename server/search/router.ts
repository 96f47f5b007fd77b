import { SearchListingsSchema, SearchSuggestSchema } from '../../shared/search/schemas';
import { publicProcedure, router } from '../trpc';
import { searchListings, suggestSearches } from './service';

export const searchRouter = router({
  listings: publicProcedure.input(SearchListingsSchema).query(({ ctx, input }) => searchListings({ ctx, input })),
  suggest: publicProcedure.input(SearchSuggestSchema).query(({ ctx, input }) => suggestSearches({ ctx, input })),
});
