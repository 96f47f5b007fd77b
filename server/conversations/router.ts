import { ConversationRefSchema, SendMessageSchema, StartInquirySchema } from '../../shared/conversations/schemas';
import { brokerProcedure, companyMemberProcedure, router, signedInProcedure } from '../trpc';
import {
  countUnread,
  getConversation,
  joinConversation,
  listConversations,
  markConversationRead,
  sendMessage,
  startInquiry,
} from './service';

// Access to one conversation is decided in the service (accessTo): by the companies taking part, or staff.
export const conversationsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listConversations({ ctx })),
  unreadCount: signedInProcedure.query(({ ctx }) => countUnread({ ctx })),
  get: signedInProcedure.input(ConversationRefSchema).query(({ ctx, input }) => getConversation({ ctx, input })),
  markRead: signedInProcedure
    .input(ConversationRefSchema)
    .mutation(({ ctx, input }) => markConversationRead({ ctx, input })),
  send: signedInProcedure.input(SendMessageSchema).mutation(({ ctx, input }) => sendMessage({ ctx, input })),
  startInquiry: companyMemberProcedure
    .input(StartInquirySchema)
    .mutation(({ ctx, input }) => startInquiry({ ctx, input })),
  join: brokerProcedure.input(ConversationRefSchema).mutation(({ ctx, input }) => joinConversation({ ctx, input })),
});
