import { z } from 'zod';
import { plainText } from '../text';

export const messageMaxLength = 5000;

const MessageBodySchema = plainText()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(messageMaxLength, { message: 'validation.messageTooLong' });
const ConversationIdSchema = z.uuid({ message: 'validation.conversationId' });

export const ConversationRefSchema = z.strictObject({ conversationId: ConversationIdSchema });
export const SendMessageSchema = z.strictObject({ conversationId: ConversationIdSchema, body: MessageBodySchema });
export const StartInquirySchema = z.strictObject({
  companyId: z.uuid({ message: 'validation.companyId' }),
  listingId: z.uuid({ message: 'validation.listingId' }),
  body: MessageBodySchema,
});
