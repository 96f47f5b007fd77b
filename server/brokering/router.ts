import {
  AddNoteSchema,
  AnswerIntroductionSchema,
  AssignSchema,
  CompanyIntroductionsSchema,
  CreateMatchSchema,
  IntroduceSchema,
  MatchRefSchema,
  MoveStageSchema,
  NextStepSchema,
  PipelineFilterSchema,
} from '../../shared/brokering/schemas';
import { brokerProcedure, companyMemberProcedure, router } from '../trpc';
import { answerIntroduction, introduce, listCompanyIntroductions } from './introductions';
import {
  addNote,
  assignMatch,
  createMatch,
  getMatchForStaff,
  listMyWork,
  listPipeline,
  listStaff,
  moveStage,
  setNextStep,
} from './pipeline';

export const brokeringRouter = router({
  // IUC staff's workspace.
  pipeline: brokerProcedure.input(PipelineFilterSchema).query(({ ctx, input }) => listPipeline({ ctx, input })),
  myWork: brokerProcedure.query(({ ctx }) => listMyWork({ ctx })),
  staff: brokerProcedure.query(({ ctx }) => listStaff({ ctx })),
  match: brokerProcedure.input(MatchRefSchema).query(({ ctx, input }) => getMatchForStaff({ ctx, input })),
  moveStage: brokerProcedure.input(MoveStageSchema).mutation(({ ctx, input }) => moveStage({ ctx, input })),
  assign: brokerProcedure.input(AssignSchema).mutation(({ ctx, input }) => assignMatch({ ctx, input })),
  setNextStep: brokerProcedure.input(NextStepSchema).mutation(({ ctx, input }) => setNextStep({ ctx, input })),
  addNote: brokerProcedure.input(AddNoteSchema).mutation(({ ctx, input }) => addNote({ ctx, input })),
  createMatch: brokerProcedure.input(CreateMatchSchema).mutation(({ ctx, input }) => createMatch({ ctx, input })),
  introduce: brokerProcedure.input(IntroduceSchema).mutation(({ ctx, input }) => introduce({ ctx, input })),
  // A company's side of an introduction.
  introductions: companyMemberProcedure
    .input(CompanyIntroductionsSchema)
    .query(({ ctx }) => listCompanyIntroductions({ ctx })),
  answerIntroduction: companyMemberProcedure
    .input(AnswerIntroductionSchema)
    .mutation(({ ctx, input }) => answerIntroduction({ ctx, input })),
});
