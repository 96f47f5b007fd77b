import {
  AddSiteSchema,
  ChangeMemberRoleSchema,
  CloseCompanySchema,
  CompanyRefSchema,
  CreateCompanySchema,
  InvitationTokenSchema,
  InviteMemberSchema,
  RemoveMemberSchema,
  RemoveSiteSchema,
  RevokeInvitationSchema,
  UpdateCompanySchema,
  UpdateSiteSchema,
} from '../../shared/companies/schemas';
import {
  brokerProcedure,
  companyAdminProcedure,
  companyEditorProcedure,
  companyMemberProcedure,
  publicProcedure,
  router,
  signedInProcedure,
} from '../trpc';
import {
  acceptInvitation,
  changeMemberRole,
  getInvitation,
  inviteMember,
  leaveCompany,
  listMembers,
  removeMember,
  revokeInvitation,
} from './members';
import {
  addSite,
  closeCompany,
  createCompany,
  getCompany,
  listAllCompanies,
  listMyCompanies,
  removeSite,
  updateCompany,
  updateSite,
} from './service';

export const companiesRouter = router({
  create: signedInProcedure.input(CreateCompanySchema).mutation(({ ctx, input }) => createCompany({ ctx, input })),
  get: publicProcedure.input(CompanyRefSchema).query(({ ctx, input }) => getCompany({ ctx, input })),
  mine: signedInProcedure.query(({ ctx }) => listMyCompanies({ ctx })),
  all: brokerProcedure.query(({ ctx }) => listAllCompanies({ ctx })),
  update: companyEditorProcedure.input(UpdateCompanySchema).mutation(({ ctx, input }) => updateCompany({ ctx, input })),
  addSite: companyEditorProcedure.input(AddSiteSchema).mutation(({ ctx, input }) => addSite({ ctx, input })),
  updateSite: companyEditorProcedure.input(UpdateSiteSchema).mutation(({ ctx, input }) => updateSite({ ctx, input })),
  removeSite: companyEditorProcedure.input(RemoveSiteSchema).mutation(({ ctx, input }) => removeSite({ ctx, input })),
  close: companyAdminProcedure.input(CloseCompanySchema).mutation(({ ctx, input }) => closeCompany({ ctx, input })),
  members: companyMemberProcedure.input(CompanyRefSchema).query(({ ctx }) => listMembers({ ctx })),
  invite: companyAdminProcedure.input(InviteMemberSchema).mutation(({ ctx, input }) => inviteMember({ ctx, input })),
  revokeInvitation: companyAdminProcedure
    .input(RevokeInvitationSchema)
    .mutation(({ ctx, input }) => revokeInvitation({ ctx, input })),
  changeRole: companyAdminProcedure
    .input(ChangeMemberRoleSchema)
    .mutation(({ ctx, input }) => changeMemberRole({ ctx, input })),
  removeMember: companyAdminProcedure
    .input(RemoveMemberSchema)
    .mutation(({ ctx, input }) => removeMember({ ctx, input })),
  leave: companyMemberProcedure.input(CompanyRefSchema).mutation(({ ctx }) => leaveCompany({ ctx })),
});

export const invitationsRouter = router({
  get: publicProcedure.input(InvitationTokenSchema).query(({ ctx, input }) => getInvitation({ ctx, input })),
  accept: signedInProcedure.input(InvitationTokenSchema).mutation(({ ctx, input }) => acceptInvitation({ ctx, input })),
});
