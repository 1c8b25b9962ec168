/**
 * Sample webhook events built from the caller's own data (the first conversation, message,
 * contact or published article), so a test delivery looks like a real one.
 */
import type { Contact, Conversation, ConversationMessage, KbArticle, WebhookEvent, WebhookEventType } from '@atender/contract';
import type { EnvironmentStore } from '../store.js';

const SAMPLE_TIME = '2026-01-01T00:00:00.000Z';

function sampleConversation(store: EnvironmentStore): Conversation {
  return (
    store.conversations.list()[0] ?? {
      id: store.newId('cnv'),
      subject: 'Sample conversation',
      status: 'open',
      snoozedUntil: null,
      channel: 'email',
      channelId: store.channels.find((ch) => ch.type === 'email')?.id ?? null,
      priority: 'normal',
      contactId: store.newId('con'),
      assigneeId: null,
      teamId: null,
      tagIds: [],
      lastMessageAt: null,
      closedAt: null,
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME,
    }
  );
}

function sampleContact(store: EnvironmentStore): Contact {
  return (
    store.contacts.list()[0] ?? {
      id: store.newId('con'),
      email: 'sample.customer@example.com',
      name: 'Sample Customer',
      phone: null,
      company: null,
      customFields: {},
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME,
    }
  );
}

function sampleMessage(store: EnvironmentStore, conversation: Conversation): ConversationMessage {
  return (
    store.messages.find((m) => m.conversationId === conversation.id) ?? {
      id: store.newId('msg'),
      conversationId: conversation.id,
      author: { type: 'contact', id: conversation.contactId, name: 'Sample Customer' },
      body: 'Hello! This is a sample message.',
      internal: false,
      attachmentIds: [],
      createdAt: SAMPLE_TIME,
    }
  );
}

function sampleArticle(store: EnvironmentStore): KbArticle {
  return (
    store.kbArticles.find((a) => a.status === 'published') ?? {
      id: store.newId('art'),
      slug: 'sample-article',
      title: 'Sample article',
      body: 'This is a sample knowledge base article.',
      status: 'published',
      categoryId: null,
      subcategoryId: null,
      tagIds: [],
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME,
    }
  );
}

/** A `{ type, timestamp, data }` event of `type` about the caller's own data. */
export function sampleWebhookEvent(store: EnvironmentStore, type: WebhookEventType, timestamp: string): WebhookEvent {
  const conversation = sampleConversation(store);
  switch (type) {
    case 'conversation.created':
      return { type, timestamp, data: { conversation } };
    case 'conversation.status_changed':
      return { type, timestamp, data: { conversation, previousStatus: 'open', changedBy: null } };
    case 'conversation.assigned':
      return {
        type,
        timestamp,
        data: { conversation, previousAssigneeId: null, previousTeamId: null, assignedBy: null },
      };
    case 'message.created':
      return { type, timestamp, data: { message: sampleMessage(store, conversation) } };
    case 'contact.created':
      return { type, timestamp, data: { contact: sampleContact(store) } };
    case 'contact.updated':
      return { type, timestamp, data: { contact: sampleContact(store), changedFields: ['name'] } };
    case 'kb_article.published':
      return { type, timestamp, data: { article: sampleArticle(store) } };
  }
}
