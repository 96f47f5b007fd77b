import { metaRouter } from './meta/router';
import { router } from './trpc';

export const appRouter = router({
  meta: metaRouter,
});

export type AppRouter = typeof appRouter;
