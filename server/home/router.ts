import { CompanyHomeSchema } from '../../shared/home/schemas';
import { brokerProcedure, companyMemberProcedure, publicProcedure, router } from '../trpc';
import { brokerHome, companyHome, visitorHome } from './service';

export const homeRouter = router({
  visitor: publicProcedure.query(({ ctx }) => visitorHome({ ctx })),
  company: companyMemberProcedure.input(CompanyHomeSchema).query(({ ctx }) => companyHome({ ctx })),
  broker: brokerProcedure.query(({ ctx }) => brokerHome({ ctx })),
});
