import { DeleteAccountSchema, UpdateProfileSchema } from '../../shared/accounts/schemas';
import { publicProcedure, router, signedInProcedure } from '../trpc';
import { deleteMyAccount, exportMyData, getMe, updateProfile } from './service';

export const accountsRouter = router({
  me: publicProcedure.query(({ ctx }) => getMe({ ctx })),
  updateProfile: signedInProcedure
    .input(UpdateProfileSchema)
    .mutation(({ ctx, input }) => updateProfile({ ctx, input })),
  exportData: signedInProcedure.query(({ ctx }) => exportMyData({ ctx })),
  delete: signedInProcedure.input(DeleteAccountSchema).mutation(({ ctx, input }) => deleteMyAccount({ ctx, input })),
});
