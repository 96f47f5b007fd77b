// The only module other features may import from this one (biome.json enforces it); the rest is internal.
export { ConversationThread } from './conversation-thread';
export { InquiryForm } from './inquiry-form';
