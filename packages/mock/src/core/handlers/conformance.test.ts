import { OPERATIONS, type OperationId } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { type CallOptions, call, keyCaller } from '../../../test/support/handler-context.js';
import { SPEC_OPERATION_IDS } from '../../../test/support/spec-response.js';
import { createStore, type EnvironmentStore } from '../store.js';
import { OPERATION_HANDLERS } from './index.js';

const ATTACHMENT = { fileName: 'receipt.pdf', contentType: 'application/pdf', sizeBytes: 5, contentBase64: 'aGVsbG8=' };
const widgetCaller = keyCaller('ten_acme', 'sandbox', { kind: 'publishable', channelId: 'chn_acmeWebchat' });
const range = { from: '2026-09-01', to: '2026-09-30' };

/** A call's options, or a function of the store for ids an earlier call created. */
type Sample = CallOptions | ((store: EnvironmentStore) => CallOptions);

const lastDelivery = (store: EnvironmentStore) => ({
  params: { webhookId: 'whk_acmeS01', deliveryId: store.webhookDeliveries.list((d) => d.webhookId === 'whk_acmeS01').at(-1)?.id ?? '' },
});

/** One successful call per operation against Acme's sandbox seed. */
const SAMPLES: Record<OperationId, Sample> = {
  getApiKeyInfo: {},
  getApiKeyUsage: {},
  listKbArticles: { query: { limit: 100 } },
  createKbArticle: { body: { slug: 'new-article', title: 'New', body: 'Text', categoryId: 'cat_acmeS01' } },
  getKbArticle: { params: { articleId: 'art_acmeS03' } },
  updateKbArticle: { params: { articleId: 'art_acmeS03' }, body: { status: 'archived' } },
  deleteKbArticle: { params: { articleId: 'art_acmeS04' } },
  listKbCategories: {},
  createKbCategory: { body: { name: 'Climbing', slug: 'climbing' } },
  getKbCategory: { params: { categoryId: 'cat_acmeS01' } },
  updateKbCategory: { params: { categoryId: 'cat_acmeS01' }, body: { position: 3 } },
  deleteKbCategory: { params: { categoryId: 'cat_acmeS04' } },
  searchKbArticles: { query: { q: 'tent' } },
  listKbSubcategories: { query: { limit: 100 } },
  createKbSubcategory: { body: { categoryId: 'cat_acmeS01', name: 'Pickup', slug: 'pickup' } },
  getKbSubcategory: { params: { subcategoryId: 'sub_acmeS01' } },
  updateKbSubcategory: { params: { subcategoryId: 'sub_acmeS01' }, body: { name: 'Deliveries' } },
  deleteKbSubcategory: { params: { subcategoryId: 'sub_acmeS02' } },
  listKbTags: { query: { limit: 100 } },
  createKbTag: { body: { name: 'camping', slug: 'camping' } },
  getKbTag: { params: { kbTagId: 'kbt_acmeS01' } },
  updateKbTag: { params: { kbTagId: 'kbt_acmeS01' }, body: { name: 'Shipping' } },
  deleteKbTag: { params: { kbTagId: 'kbt_acmeS02' } },
  listConversations: { query: { limit: 100 } },
  createConversation: { body: { contactId: 'con_acmeS01', channel: 'email', subject: 'Hello' } },
  getConversation: { params: { conversationId: 'cnv_acmeS03' } },
  changeConversationStatus: { params: { conversationId: 'cnv_acmeS03' }, body: { status: 'pending' } },
  assignConversation: { params: { conversationId: 'cnv_acmeS03' }, body: { assigneeId: 'usr_acmeS02', teamId: null } },
  listConversationMessages: { params: { conversationId: 'cnv_acmeS03' } },
  sendConversationMessage: { params: { conversationId: 'cnv_acmeS03' }, body: { body: 'Thanks!', internal: false, authorType: 'agent' } },
  assignConversationTag: { params: { conversationId: 'cnv_acmeS03', tagId: 'tag_acmeS01' } },
  removeConversationTag: { params: { conversationId: 'cnv_acmeS03', tagId: 'tag_acmeS01' } },
  listConversationAttachments: { params: { conversationId: 'cnv_acmeS03' } },
  createAttachment: { params: { conversationId: 'cnv_acmeS03' }, body: ATTACHMENT },
  getAttachment: { params: { attachmentId: 'att_acmeS01' } },
  listContacts: { query: { limit: 100 } },
  createContact: { body: { email: 'new.person@example.com', customFields: { loyalty_tier: 'gold' } } },
  getContact: { params: { contactId: 'con_acmeS01' } },
  updateContact: { params: { contactId: 'con_acmeS01' }, body: { name: 'Renamed' } },
  deleteContact: { params: { contactId: 'con_acmeS10' } },
  getContactCustomFields: { params: { contactId: 'con_acmeS01' } },
  setContactCustomFields: { params: { contactId: 'con_acmeS01' }, body: { values: { newsletter: true } } },
  listContactFields: {},
  createContactField: { body: { key: 'shoe_size', label: 'Shoe size', type: 'number' } },
  getContactField: { params: { fieldId: 'fld_acmeS01' } },
  updateContactField: { params: { fieldId: 'fld_acmeS02' }, body: { label: 'Orders so far' } },
  deleteContactField: { params: { fieldId: 'fld_acmeS03' } },
  getTagTree: {},
  listTags: { query: { limit: 100 } },
  createTag: { body: { name: 'Stoves', color: '#123456', parentId: 'tag_acmeS07' } },
  getTag: { params: { tagId: 'tag_acmeS01' } },
  updateTag: { params: { tagId: 'tag_acmeS02' }, body: { color: '#000000' } },
  deleteTag: { params: { tagId: 'tag_acmeS10' } },
  listWebhooks: {},
  createWebhook: { body: { url: 'https://example.com/hook', events: ['contact.created'] } },
  getWebhook: { params: { webhookId: 'whk_acmeS01' } },
  updateWebhook: { params: { webhookId: 'whk_acmeS01' }, body: { active: false } },
  deleteWebhook: { params: { webhookId: 'whk_acmeS02' } },
  rotateWebhookSecret: { params: { webhookId: 'whk_acmeS01' } },
  sendWebhookTestEvent: { params: { webhookId: 'whk_acmeS01' }, body: { eventType: 'message.created' } },
  listWebhookDeliveries: { params: { webhookId: 'whk_acmeS01' }, query: { status: 'succeeded' } },
  getWebhookDelivery: lastDelivery,
  redeliverWebhookDelivery: lastDelivery,
  getConversationVolume: { query: { ...range, interval: 'week' } },
  getSlaBreachRates: { query: range },
  getAgentStats: { query: range },
  listTeams: {},
  getTeam: { params: { teamId: 'team_acmeS01' } },
  listUsers: {},
  getUser: { params: { userId: 'usr_acmeS01' } },
  getWorkspaceSettings: {},
  updateWorkspaceSettings: { body: { defaultLanguage: 'en-GB' } },
  searchWorkspace: { query: { q: 'boots' } },
  createBulkJob: { body: { operation: 'close_conversations', ids: ['cnv_acmeS05', 'cnv_missing1'] } },
  getBulkJob: { params: { jobId: 'job_acmeS01' } },
  listChannels: {},
  listAutomations: {},
  updateAutomation: { params: { automationId: 'aut_acmeS01' }, body: { enabled: false } },
  listAgentAvailability: {},
  setAgentAvailability: { params: { agentId: 'usr_acmeS02' }, body: { status: 'away' } },
  listSnippets: {},
  createSnippet: { body: { shortcut: 'hello', title: 'Hello', body: 'Hi there!' } },
  listSlaPolicies: {},
  listNotifications: {},
  markNotificationRead: { params: { notificationId: 'ntf_acmeS02' } },
  listCsatResponses: {},
  getServiceStatus: {},
  getWidgetConfig: { caller: widgetCaller },
  createWidgetConversation: { caller: widgetCaller, body: { message: 'Hi!', email: 'visitor@acme-sandbox.example' } },
  sendWidgetMessage: { caller: widgetCaller, params: { conversationId: 'cnv_acmeS06' }, body: { body: 'Still there?' } },
  getBillingSubscription: {},
  listApiKeys: {},
  createApiKey: { body: { name: 'New key', environment: 'sandbox', scopes: ['tags:read'] } },
  revokeApiKey: { params: { keyId: 'key_acme03' } },
  rotateApiKey: { params: { keyId: 'key_acme01' }, body: { previousSecretExpiresInSeconds: 3600 } },
  inviteUser: { body: { email: 'someone.new@example.com', roleId: 'rol_acmeSagent' } },
  listRoles: {},
  setUserRole: { params: { userId: 'usr_acmeS02' }, body: { roleId: 'rol_acmeSadmin' } },
  getAiReplySuggestions: { query: { conversationId: 'cnv_acmeS03' } },
  createVoiceCall: { body: { channelId: 'chn_acmeS' + 'whatsapp', to: '+13035550100' } },
};

describe('every handler', () => {
  it('covers every operation of the spec', () => {
    expect(Object.keys(OPERATION_HANDLERS).sort()).toEqual(OPERATIONS.map((o) => o.operationId).sort());
    expect([...SPEC_OPERATION_IDS].sort()).toEqual(Object.keys(OPERATION_HANDLERS).sort());
  });

  const store = createStore();
  for (const operationId of Object.keys(SAMPLES) as OperationId[]) {
    it(`${operationId} answers a spec-valid 2xx on the seed`, async () => {
      const target = store.for('ten_acme', 'sandbox');
      const sample = SAMPLES[operationId];
      const result = await call(target, operationId, typeof sample === 'function' ? sample(target) : sample);
      expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
    });
  }

  it('answers spec-valid bodies for the production seed and the other tenant too', async () => {
    for (const [tenant, env] of [
      ['ten_acme', 'production'],
      ['ten_globex', 'sandbox'],
      ['ten_globex', 'production'],
    ] as const) {
      const s = store.for(tenant, env);
      for (const op of [
        'listKbArticles',
        'listConversations',
        'listContacts',
        'listTags',
        'listUsers',
        'listWebhooks',
        'listCsatResponses',
        'listNotifications',
        'listAgentAvailability',
      ] as const) {
        expect((await call(s, op, { query: { limit: 100 } })).status).toBe(200);
      }
      expect((await call(s, 'getConversationVolume', { query: { from: '2026-09-01', to: '2026-10-31' } })).status).toBe(200);
      expect((await call(s, 'getAgentStats', { query: { from: '2026-09-01', to: '2026-10-31' } })).status).toBe(200);
    }
  });
});
