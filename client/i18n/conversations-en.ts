import type { conversationsSv } from './conversations-sv';

/** English texts for conversations. */
export const conversationsEn: typeof conversationsSv = {
  conversations: {
    nav: 'Messages',
    navUnread_one: 'Messages ({{count, number}} unread)',
    navUnread_other: 'Messages ({{count, number}} unread)',
    heading: 'Conversations',
    none: 'No conversations yet.',
    unread_one: '{{count, number}} unread',
    unread_other: '{{count, number}} unread',
    viaStaff: 'Via IUC',
    kinds: { inquiry: 'Inquiry', match: 'Introduction' },
    participants: 'Taking part',
    staff: 'IUC',
    you: 'You',
    message: 'Message',
    messageHint: 'Plain text, at most 5,000 characters. New messages are emailed, at most once every 15 minutes.',
    send: 'Send',
    join: 'Join the conversation',
    empty: 'No messages yet.',
    listing: 'The listing',
    inquiryHeading: 'Send an inquiry',
    inquiryHint: 'The company gets your message and can answer here on Sidestream.',
    inquiryViaStaffHint: 'The listing is anonymous: your inquiry goes to IUC, who pass it on.',
    inquiryAs: 'Send as',
    inquirySent: 'Inquiry sent.',
    toConversation: 'Go to the conversation',
    unknown: 'No such conversation.',
    ownListing: 'This is your own company’s listing.',
  },
};
