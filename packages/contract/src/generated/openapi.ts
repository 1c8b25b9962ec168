// generated from openapi/atender.yaml by scripts/generate.ts — do not edit
export interface paths {
    "/api/v1/agents/{agentId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an agent's availability */
        put: operations["setAgentAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agent availability */
        get: operations["listAgentAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/reply-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest replies to a conversation (reserved)
         * @description Drafts replies to the conversation's latest customer message from its history and the knowledge base. Not released yet.
         */
        get: operations["getAiReplySuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/agent-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report agent statistics
         * @description For each agent who handled conversations in the range, volume, median response and resolution times, and CSAT.
         */
        get: operations["getAgentStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/conversation-volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report conversation volume
         * @description Conversations created and closed per day or per week, with totals for the range.
         */
        get: operations["getConversationVolume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/sla-breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report SLA breach rates
         * @description For each SLA policy, the share of its conversations that breached first-response and resolution targets.
         */
        get: operations["getSlaBreachRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The workspace's secret API keys, oldest first. Secrets are never listed.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a secret key with the given scopes (and bundles). The answer carries the full key in
         *     `secret`; it is shown only once.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id.
                 * @example key_4f9KpW2m
                 */
                keyId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once; requests with it answer 401 `API_KEY_REVOKED`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id.
                 * @example key_4f9KpW2m
                 */
                keyId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key's secret
         * @description Issues a new secret for the key (same id, scopes, bundles, tier, environment and
         *     allow-list). The previous secret keeps working until `previousSecretExpiresAt`, which the
         *     caller chooses up to 7 days ahead (default 24 hours, 0 ends it at once); after that it
         *     answers 401 `API_KEY_EXPIRED`. Rotating again during an overlap ends the older secret at
         *     once: a key has at most two working secrets.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example att_7Lc2Hx */
                attachmentId: string;
            };
            cookie?: never;
        };
        /**
         * Get an attachment
         * @description The attachment's metadata and a short-lived `downloadUrl` for its content.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the calling API key
         * @description Tells a key its own tenant, environment, scopes, rate-limit tier and expiry. Needs a valid
         *     secret key but no scope, so a script can check its permissions before it writes anything.
         */
        get: operations["getApiKeyInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/key/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling API key's usage
         * @description The calling key's requests and rate-limited requests (429) over the last 30 days (UTC,
         *     today included), per day and per operation, and when and from which IP address it was last
         *     used. Counts every request the key authenticated, whatever its answer; this request itself
         *     is counted after it is answered. Needs a valid secret key but no scope, like
         *     `getApiKeyInfo`. Rotated keys keep their usage: it belongs to the key, not to one secret.
         */
        get: operations["getApiKeyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List automation rules */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{automationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, enable or disable an automation rule */
        patch: operations["updateAutomation"];
        trace?: never;
    };
    "/api/v1/billing/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the workspace's subscription */
        get: operations["getBillingSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulk/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a bulk job
         * @description Queues the operation on up to 1000 resources and answers at once; poll `getBulkJob` for
         *     progress. Costs 10 units of the rate-limit budget.
         */
        post: operations["createBulkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bulk/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bulk job */
        get: operations["getBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List channels */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contact custom field definitions */
        get: operations["listContactFields"];
        put?: never;
        /**
         * Create a contact custom field
         * @description Answers 409 `CONFLICT` when a field with the same `key` exists.
         */
        post: operations["createContactField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-fields/{fieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example fld_2Gx8Rm */
                fieldId: string;
            };
            cookie?: never;
        };
        /** Get a contact custom field */
        get: operations["getContactField"];
        put?: never;
        post?: never;
        /**
         * Delete a contact custom field
         * @description Deletes the definition and removes its value from every contact.
         */
        delete: operations["deleteContactField"];
        options?: never;
        head?: never;
        /**
         * Update a contact custom field
         * @description Changes the label or the options of a `select` field. Answers 409 `CONFLICT` when an option
         *     that contacts still use is removed.
         */
        patch: operations["updateContactField"];
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Answers 409 `CONFLICT` when another contact of the tenant has the same email.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        /** Get a contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Answers 409 `CONFLICT` when another contact of the tenant has the new email.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/contacts/{contactId}/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        /** Get a contact's custom field values */
        get: operations["getContactCustomFields"];
        /**
         * Set a contact's custom field values
         * @description Replaces all of the contact's custom field values. Every key must be the `key` of a field
         *     definition and every value must fit its type, or the call answers 400.
         */
        put: operations["setContactCustomFields"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conversations */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Opens a conversation with an existing contact; send its first message with `sendConversationMessage`.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        /** Get a conversation */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or unassign a conversation
         * @description Assigns the conversation to a user (and optionally a team); `assigneeId` `null` unassigns it.
         */
        post: operations["assignConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        /** List a conversation's attachments */
        get: operations["listConversationAttachments"];
        put?: never;
        /**
         * Upload an attachment
         * @description Uploads a file to the conversation as base64 in JSON. Pass the returned id in
         *     `attachmentIds` of `sendConversationMessage` to attach it to a message.
         */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        /** List a conversation's messages */
        get: operations["listConversationMessages"];
        put?: never;
        /** Send a message or add an internal note */
        post: operations["sendConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a conversation's status
         * @description Opens, sets pending, snoozes (until `snoozedUntil`) or closes the conversation.
         */
        post: operations["changeConversationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversationId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Tag a conversation
         * @description Adds the tag to the conversation; adding a tag it already has changes nothing.
         */
        put: operations["assignConversationTag"];
        post?: never;
        /**
         * Remove a tag from a conversation
         * @description Removes the tag from the conversation; removing a tag it does not have changes nothing.
         */
        delete: operations["removeConversationTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/csat/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List CSAT responses */
        get: operations["listCsatResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List knowledge base articles */
        get: operations["listKbArticles"];
        put?: never;
        /** Create a knowledge base article */
        post: operations["createKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The article's id.
                 * @example art_3kP9xQ2
                 */
                articleId: string;
            };
            cookie?: never;
        };
        /** Get a knowledge base article */
        get: operations["getKbArticle"];
        put?: never;
        post?: never;
        /** Delete a knowledge base article */
        delete: operations["deleteKbArticle"];
        options?: never;
        head?: never;
        /** Update a knowledge base article */
        patch: operations["updateKbArticle"];
        trace?: never;
    };
    "/api/v1/kb/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List knowledge base categories */
        get: operations["listKbCategories"];
        put?: never;
        /** Create a knowledge base category */
        post: operations["createKbCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The category's id.
                 * @example cat_9aZ1
                 */
                categoryId: string;
            };
            cookie?: never;
        };
        /** Get a knowledge base category */
        get: operations["getKbCategory"];
        put?: never;
        post?: never;
        /** Delete a knowledge base category */
        delete: operations["deleteKbCategory"];
        options?: never;
        head?: never;
        /** Update a knowledge base category */
        patch: operations["updateKbCategory"];
        trace?: never;
    };
    "/api/v1/kb/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search knowledge base articles
         * @description Full-text search over article titles and bodies, best match first.
         */
        get: operations["searchKbArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/subcategories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List knowledge base subcategories */
        get: operations["listKbSubcategories"];
        put?: never;
        /** Create a knowledge base subcategory */
        post: operations["createKbSubcategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/subcategories/{subcategoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subcategory's id.
                 * @example sub_4Lm2
                 */
                subcategoryId: string;
            };
            cookie?: never;
        };
        /** Get a knowledge base subcategory */
        get: operations["getKbSubcategory"];
        put?: never;
        post?: never;
        /** Delete a knowledge base subcategory */
        delete: operations["deleteKbSubcategory"];
        options?: never;
        head?: never;
        /** Update a knowledge base subcategory */
        patch: operations["updateKbSubcategory"];
        trace?: never;
    };
    "/api/v1/kb/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List knowledge base tags */
        get: operations["listKbTags"];
        put?: never;
        /** Create a knowledge base tag */
        post: operations["createKbTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/tags/{kbTagId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id.
                 * @example kbt_7Yx0
                 */
                kbTagId: string;
            };
            cookie?: never;
        };
        /** Get a knowledge base tag */
        get: operations["getKbTag"];
        put?: never;
        post?: never;
        /** Delete a knowledge base tag */
        delete: operations["deleteKbTag"];
        options?: never;
        head?: never;
        /** Update a knowledge base tag */
        patch: operations["updateKbTag"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notifications */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Idempotent; marking a read notification again keeps its first `readAt`.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description The built-in and custom roles of the workspace, with the scopes each grants.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the workspace */
        get: operations["searchWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the workspace settings */
        get: operations["getWorkspaceSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the workspace settings */
        patch: operations["updateWorkspaceSettings"];
        trace?: never;
    };
    "/api/v1/sla/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SLA policies */
        get: operations["listSlaPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snippets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List snippets */
        get: operations["listSnippets"];
        put?: never;
        /** Create a snippet */
        post: operations["createSnippet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the service status */
        get: operations["getServiceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tags */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a tag
         * @description Answers 409 `CONFLICT` when a sibling has the same name.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        /** Get a tag */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description Deletes a tag without children and removes it from every conversation. Answers 409
         *     `CONFLICT` while the tag has children: delete or move them first.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /**
         * Update a tag
         * @description Renames, recolours or moves a tag. Answers 409 `CONFLICT` when a sibling has the same name
         *     or when the new parent is the tag itself or one of its descendants.
         */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/api/v1/tags/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tag tree
         * @description The whole tag tree in one answer (not paginated), each tag with its children.
         */
        get: operations["getTagTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example usr_2Jc7Rt
                 */
                userId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's role
         * @description Replaces the user's role. Answers 409 `CONFLICT` when it would leave the workspace without an owner.
         */
        put: operations["setUserRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a user to the workspace
         * @description Emails an invitation link valid for 7 days; the invited user gets the given role on accepting.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/voice/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an outbound voice call (reserved)
         * @description Calls a phone number from a voice channel and records the call in a conversation. Not released yet.
         */
        post: operations["createVoiceCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers an HTTPS URL for the given event types. The answer carries the signing `secret`
         *     (`whsec_` + base64); it is shown only here and on `rotateWebhookSecret`, so store it now.
         *     The sandbox also accepts `http://` URLs on loopback (`localhost`, `127.0.0.0/8`, `[::1]`)
         *     for a receiver on the developer's machine; production accepts `https://` only (400).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Stops all deliveries to the endpoint, including retries in flight.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the URL, the event types, the description or the active flag. The secret stays.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description The delivery log of one endpoint, newest first: every event sent to it (and every test
         *     event), with each attempt's status code, duration and error, and when the next retry is due.
         *     The log keeps the last 500 deliveries of each endpoint.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id.
                 * @example dlv_7Qm2Xc9V
                 */
                deliveryId: string;
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        /**
         * Get one delivery
         * @description One delivery of the endpoint with all its attempts.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id.
                 * @example dlv_7Qm2Xc9V
                 */
                deliveryId: string;
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver an event
         * @description Sends the delivery's event again at once, with the same `webhook-id` (so a receiver that
         *     already processed it can de-duplicate) and fresh signatures and timestamp. Works on failed,
         *     succeeded and pending deliveries and on inactive endpoints. The attempt runs in the
         *     background: the answer is the delivery as queued (`status: pending`); read it again, or the
         *     log, for the outcome. A successful attempt marks the delivery `succeeded` and a `failing`
         *     endpoint `healthy`.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's signing secret
         * @description Issues a new secret. For the next 24 hours deliveries carry two signatures in
         *     `webhook-signature` (space-separated), one per secret, so receivers can switch without
         *     dropping events; after `previousSecretExpiresAt` only the new secret signs.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to a webhook endpoint
         * @description Delivers one signed sample event (by default `conversation.created`) synchronously, without
         *     retries, and answers how the endpoint responded: its status code, the time it took, or why
         *     no answer arrived. Works on inactive endpoints too. The attempt is also in the delivery log
         *     (`listWebhookDeliveries`, `test: true`); it does not change the endpoint's `status`.
         */
        post: operations["sendWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the chat widget's configuration
         * @description The channel the publishable key is pinned to, its greeting, colors and business hours.
         */
        get: operations["getWidgetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a conversation from the chat widget
         * @description Creates a conversation on the key's channel with the visitor's first message.
         */
        post: operations["createWidgetConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A conversation started from this widget's channel.
                 * @example cnv_7Qe4Vb
                 */
                conversationId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a visitor message from the chat widget */
        post: operations["sendWidgetMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was created
         * @description `contact.created`. Sent when a contact is created by the API, the dashboard, an import or a first inbound message.
         */
        post: operations["onContactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was updated
         * @description `contact.updated`. Sent when any of a contact's fields change; `changedFields` names them.
         */
        post: operations["onContactUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was assigned
         * @description `conversation.assigned`. Sent when a conversation's assignee or team changes, including unassignment.
         */
        post: operations["onConversationAssigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was created
         * @description `conversation.created`. Sent when a customer writes in on any channel or an agent starts an outbound conversation.
         */
        post: operations["onConversationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation's status changed
         * @description `conversation.status_changed`. Sent when a conversation is opened, set pending, snoozed, closed or reopened.
         */
        post: operations["onConversationStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kb_article.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A knowledge base article was published
         * @description `kb_article.published`. Sent when an article's status becomes `published` (first publication or republication).
         */
        post: operations["onKbArticlePublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was added to a conversation
         * @description `message.created`. Sent for every customer message, agent reply and internal note (`private: true`).
         */
        post: operations["onMessageCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AgentAvailability: {
            /**
             * @description The agent's user id.
             * @example usr_5Tn7Kq
             */
            agentId: string;
            status: components["schemas"]["AgentAvailabilityStatus"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        AgentAvailabilityPage: {
            data: components["schemas"]["AgentAvailability"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `online` agents get new conversations; `away` and `offline` agents do not.
         * @enum {string}
         */
        AgentAvailabilityStatus: "online" | "away" | "offline";
        AgentAvailabilityUpdate: {
            status: components["schemas"]["AgentAvailabilityStatus"];
        };
        AgentStats: {
            /**
             * @description The agent's user id.
             * @example usr_2Jc7Rt
             */
            agentId: string;
            /**
             * @description Conversations the agent replied to or closed in the range.
             * @example 214
             */
            conversationsHandled: number;
            /**
             * @description Percentage (0–100) of CSAT answers rated 4 or 5 out of 5; `null` without answers.
             * @example 93.5
             */
            csatScore: number | null;
            /**
             * @description `null` when the agent sent no first response in the range.
             * @example 540
             */
            medianFirstResponseSeconds: number | null;
            /**
             * @description `null` when the agent resolved no conversation in the range.
             * @example 15840
             */
            medianResolutionSeconds: number | null;
            /** @example Priya Natarajan */
            name: string;
        };
        AgentStatsReport: {
            agents: components["schemas"]["AgentStats"][];
            /**
             * Format: date
             * @example 2026-10-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-10-31
             */
            to: string;
        };
        AiReplySuggestion: {
            /**
             * @description The drafted reply, Markdown.
             * @example Sorry the boots didn't fit! You can return them free of charge within 30 days: [start a return](https://help.northwind-outfitters.com/returns) and we'll email you a prepaid label.
             */
            body: string;
            /** @example 0.87 */
            confidence: number;
            id: components["schemas"]["Id"];
            /**
             * @description Knowledge base articles the draft is based on.
             * @example [
             *       "art_3kP9xQ2"
             *     ]
             */
            sourceArticleIds: string[];
        };
        AiReplySuggestions: {
            /** @example cnv_7Qe4Vb */
            conversationId: string;
            suggestions: components["schemas"]["AiReplySuggestion"][];
        };
        /** @description A secret API key, without its secret. */
        ApiKey: {
            /** @example true */
            active: boolean;
            /**
             * @description IPv4/IPv6 addresses or CIDR ranges the key may be used from; empty means any.
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedIps: string[];
            /** @example [] */
            bundles: components["schemas"]["ScopeBundle"][];
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description The user who created the key.
             * @example usr_2Jc7Rt
             */
            createdBy: string;
            environment: components["schemas"]["Environment"];
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00Z
             */
            expiresAt: string | null;
            id: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @example 2026-11-02T09:12:44Z
             */
            lastUsedAt: string | null;
            /** @example KB sync (GitHub Actions) */
            name: string;
            /**
             * @description The first characters of the key, enough to recognise it.
             * @example sa_live_4f9K
             */
            prefix: string;
            /**
             * @description The effective scopes (the listed ones plus the bundles' members).
             * @example [
             *       "knowledge:write",
             *       "tags:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            tier: components["schemas"]["RateLimitTier"];
        };
        ApiKeyCreate: {
            /**
             * @description IPv4/IPv6 addresses or CIDR ranges; omit or leave empty for any.
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedIps?: string[];
            /** @example [] */
            bundles?: components["schemas"]["ScopeBundle"][];
            environment: components["schemas"]["Environment"];
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00Z
             */
            expiresAt?: string | null;
            /** @example KB sync (GitHub Actions) */
            name: string;
            /**
             * @description Scopes granted on top of the bundles'; may be empty when `bundles` is not.
             * @example [
             *       "knowledge:write",
             *       "tags:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
        };
        ApiKeyInfo: {
            /**
             * @description The bundles the key was created from, if any; `scopes` is what counts.
             * @example [
             *       "integration"
             *     ]
             */
            bundles: components["schemas"]["ScopeBundle"][];
            createdAt: components["schemas"]["Timestamp"];
            environment: components["schemas"]["Environment"];
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00Z
             */
            expiresAt: string | null;
            id: components["schemas"]["Id"];
            /** @example KB sync (GitHub Actions) */
            name: string;
            /**
             * @description The first characters of the key, enough to recognise it, never the secret.
             * @example sa_live_4f9K
             */
            prefix: string;
            /**
             * @example [
             *       "knowledge:write",
             *       "tags:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            /** @example ten_acme */
            tenantId: string;
            tier: components["schemas"]["RateLimitTier"];
        };
        ApiKeyOperationUsage: {
            /**
             * @description The operation's `operationId` in this document.
             * @example listKbArticles
             */
            operationId: string;
            /** @example 0 */
            rateLimited: number;
            /** @example 380 */
            requests: number;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        ApiKeyRotate: {
            /**
             * @description How long the previous secret keeps working, at most 7 days (604800 s); 0 ends it at once.
             * @default 86400
             * @example 86400
             */
            previousSecretExpiresInSeconds?: number;
        };
        /** @description The outcome of a key rotation; both secrets work until `previousSecretExpiresAt`. */
        ApiKeyRotation: {
            /** @example key_4f9KpW2m */
            keyId: string;
            /**
             * @description The first characters of the new secret.
             * @example sa_live_9ZtQ
             */
            prefix: string;
            /**
             * @description The first characters of the previous secret.
             * @example sa_live_4f9K
             */
            previousPrefix: string;
            /**
             * Format: date-time
             * @description When the previous secret stops working.
             * @example 2026-11-03T09:41:00Z
             */
            previousSecretExpiresAt: string;
            /**
             * @description The new full key; store it now, it is never shown again.
             * @example sa_live_9ZtQw8Lm2Xc4Vb7Nn1Kj5Hg3Fd6Sa0Pe
             */
            secret: string;
        };
        ApiKeyUsage: {
            /** @description One entry per day, oldest first, 30 in all (days without requests included). */
            days: components["schemas"]["ApiKeyUsageDay"][];
            /**
             * Format: date
             * @description The first day counted (UTC), 29 days before `to`.
             * @example 2026-10-04
             */
            from: string;
            /** @example key_4f9KpW2m */
            keyId: string;
            /**
             * Format: date-time
             * @description When the key was last used; `null` if never.
             * @example 2026-11-02T09:12:44Z
             */
            lastUsedAt: string | null;
            /**
             * @description The client address of that request; `null` if never used.
             * @example 203.0.113.10
             */
            lastUsedIp: string | null;
            /** @description The 30 days' totals per operation, most requested first. */
            operations: components["schemas"]["ApiKeyOperationUsage"][];
            /**
             * @description Of those, how many were answered 429.
             * @example 3
             */
            rateLimited: number;
            /**
             * @description Requests over the 30 days.
             * @example 1842
             */
            requests: number;
            /**
             * Format: date
             * @description Today (UTC).
             * @example 2026-11-02
             */
            to: string;
        };
        ApiKeyUsageDay: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            date: string;
            /** @description That day's counts per operation, most requested first. */
            operations: components["schemas"]["ApiKeyOperationUsage"][];
            /** @example 0 */
            rateLimited: number;
            /** @example 412 */
            requests: number;
        };
        /** @description A just-created key with its full secret; the only answer that shows it. */
        ApiKeyWithSecret: {
            /** @example true */
            active: boolean;
            /**
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedIps: string[];
            /** @example [] */
            bundles: components["schemas"]["ScopeBundle"][];
            createdAt: components["schemas"]["Timestamp"];
            /** @example usr_2Jc7Rt */
            createdBy: string;
            environment: components["schemas"]["Environment"];
            /**
             * Format: date-time
             * @example 2027-06-30T00:00:00Z
             */
            expiresAt: string | null;
            id: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @example null
             */
            lastUsedAt: string | null;
            /** @example KB sync (GitHub Actions) */
            name: string;
            /** @example sa_live_4f9K */
            prefix: string;
            /**
             * @example [
             *       "knowledge:write",
             *       "tags:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description The full key; store it now, it is never shown again.
             * @example sa_live_4f9KpW2mXr7Tq1Zb8Vn3Lc6Hd0Js5Ye2
             */
            secret: string;
            tier: components["schemas"]["RateLimitTier"];
        };
        Attachment: {
            /**
             * @description The file's media type.
             * @example application/pdf
             */
            contentType: string;
            /** @example cnv_8Fq2Lx */
            conversationId: string;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description A signed URL that downloads the file without credentials until `downloadUrlExpiresAt`.
             * @example https://files.atender.io/t/acme/att_7Lc2Hx/invoice-2026-03.pdf?expires=1793612460&sig=Qm9vZ2xl
             */
            downloadUrl: string;
            downloadUrlExpiresAt: components["schemas"]["Timestamp"];
            /** @example invoice-2026-03.pdf */
            fileName: string;
            /** @example att_7Lc2Hx */
            id: components["schemas"]["Id"];
            /**
             * @description The message the file is attached to; `null` until a message uses it.
             * @example msg_5Wn1Kd
             */
            messageId: string | null;
            /** @example 48213 */
            sizeBytes: number;
        };
        /**
         * @description The file travels base64-encoded in the JSON body, so the whole body stays under the 1 MiB
         *     request limit (files up to 700 KiB). `sizeBytes` must match the decoded content.
         */
        AttachmentCreate: {
            /**
             * @description The file content, standard base64 (RFC 4648 §4) with padding.
             * @example JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoK
             */
            contentBase64: string;
            /** @example application/pdf */
            contentType: string;
            /** @example invoice-2026-03.pdf */
            fileName: string;
            /** @example 51 */
            sizeBytes: number;
        };
        AttachmentPage: {
            data: components["schemas"]["Attachment"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        Automation: {
            createdAt: components["schemas"]["Timestamp"];
            /** @example true */
            enabled: boolean;
            id: components["schemas"]["Id"];
            /** @example Route refund requests to Billing */
            name: string;
            trigger: components["schemas"]["AutomationTrigger"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        AutomationPage: {
            data: components["schemas"]["Automation"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        AutomationTrigger: "conversation_created" | "conversation_updated" | "message_received" | "time_elapsed";
        AutomationUpdate: {
            /** @example false */
            enabled?: boolean;
            /** @example Route refund requests to Billing */
            name?: string;
        };
        BillingSubscription: {
            /**
             * @example year
             * @enum {string}
             */
            billingInterval: "month" | "year";
            /** @example false */
            cancelAtPeriodEnd: boolean;
            currentPeriodEnd: components["schemas"]["Timestamp"];
            currentPeriodStart: components["schemas"]["Timestamp"];
            /**
             * @example growth
             * @enum {string}
             */
            plan: "starter" | "growth" | "business" | "enterprise";
            rateLimitTier: components["schemas"]["RateLimitTier"];
            seats: {
                /** @example 25 */
                purchased: number;
                /**
                 * @description Active users plus pending invitations.
                 * @example 19
                 */
                used: number;
            };
            /**
             * @example active
             * @enum {string}
             */
            status: "trialing" | "active" | "past_due" | "canceled";
            /**
             * Format: date-time
             * @example null
             */
            trialEndsAt: string | null;
        };
        BulkJob: {
            /**
             * Format: date-time
             * @description When the job succeeded or failed; `null` while queued or running.
             * @example 2026-11-02T09:43:12Z
             */
            completedAt: string | null;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            operation: components["schemas"]["BulkOperation"];
            progress: components["schemas"]["BulkJobProgress"];
            status: components["schemas"]["BulkJobStatus"];
        };
        BulkJobCreate: {
            /**
             * @description Ids of the conversations or contacts to act on.
             * @example [
             *       "cnv_7Hd2Qp",
             *       "cnv_9Kx4Lm"
             *     ]
             */
            ids: string[];
            operation: components["schemas"]["BulkOperation"];
            params?: components["schemas"]["BulkJobParams"];
        };
        /** @description Options of the operation; `tagIds` is required by `tag_conversations`. */
        BulkJobParams: {
            /**
             * @description Tags to add (`tag_conversations`).
             * @example [
             *       "tag_3Vr8Kw"
             *     ]
             */
            tagIds?: string[];
        };
        BulkJobProgress: {
            /**
             * @description Resources that could not be changed (already deleted, no access).
             * @example 2
             */
            failed: number;
            /**
             * @description Resources done so far, including failures.
             * @example 120
             */
            processed: number;
            /** @example 250 */
            total: number;
        };
        /** @enum {string} */
        BulkJobStatus: "queued" | "running" | "succeeded" | "failed";
        /** @enum {string} */
        BulkOperation: "close_conversations" | "tag_conversations" | "delete_contacts";
        /** @description When the team answers; SLA clocks only run inside these hours when `enabled`. */
        BusinessHours: {
            /**
             * @description False means the workspace answers around the clock.
             * @example true
             */
            enabled: boolean;
            /**
             * @example [
             *       {
             *         "day": "monday",
             *         "opens": "09:00",
             *         "closes": "17:30"
             *       },
             *       {
             *         "day": "tuesday",
             *         "opens": "09:00",
             *         "closes": "17:30"
             *       }
             *     ]
             */
            intervals: components["schemas"]["BusinessHoursInterval"][];
        };
        /** @description One opening interval, in the workspace's timezone. */
        BusinessHoursInterval: {
            /**
             * @description Local time `HH:MM`, after `opens`.
             * @example 17:30
             */
            closes: string;
            day: components["schemas"]["Weekday"];
            /**
             * @description Local time `HH:MM`.
             * @example 09:00
             */
            opens: string;
        };
        Channel: {
            /**
             * @description Where customers reach the channel (email address, E.164 phone number); `null` for chat.
             * @example support@northwind-outfitters.com
             */
            address: string | null;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @example Support inbox */
            name: string;
            type: components["schemas"]["ChannelType"];
        };
        ChannelPage: {
            data: components["schemas"]["Channel"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        ChannelType: "email" | "chat" | "whatsapp" | "sms";
        Contact: {
            /** @example Brightlane GmbH */
            company: string | null;
            createdAt: components["schemas"]["Timestamp"];
            customFields: components["schemas"]["ContactCustomFieldValues"];
            /**
             * Format: email
             * @description Unique in the tenant.
             * @example daniel.hoffmann@brightlane.de
             */
            email: string | null;
            /** @example con_4Tz9Qe */
            id: components["schemas"]["Id"];
            /** @example Daniel Hoffmann */
            name: string | null;
            /**
             * @description E.164.
             * @example +4915123456789
             */
            phone: string | null;
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A new contact; give at least an `email` or a `phone`. */
        ContactCreate: {
            /** @example Brightlane GmbH */
            company?: string | null;
            customFields?: components["schemas"]["ContactCustomFieldValues"];
            /**
             * Format: email
             * @example daniel.hoffmann@brightlane.de
             */
            email?: string | null;
            /** @example Daniel Hoffmann */
            name?: string | null;
            /** @example +4915123456789 */
            phone?: string | null;
        };
        ContactCreatedEvent: {
            data: {
                contact: components["schemas"]["Contact"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T09:40:58Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "contact.created";
        };
        ContactCustomFields: {
            /** @example con_4Tz9Qe */
            contactId: string;
            values: components["schemas"]["ContactCustomFieldValues"];
        };
        /** @description Replaces all of the contact's custom field values; every key must be a defined field. */
        ContactCustomFieldsUpdate: {
            values: components["schemas"]["ContactCustomFieldValues"];
        };
        /**
         * @description A custom field value; its JSON type follows the field's `type` (`date` is `YYYY-MM-DD`, `select` one of `options`).
         * @example enterprise
         */
        ContactCustomFieldValue: string | number | boolean | null;
        /**
         * @description Custom field values keyed by field `key`.
         * @example {
         *       "plan": "enterprise",
         *       "seats": 45,
         *       "vip": true,
         *       "renewal_date": "2027-01-31"
         *     }
         */
        ContactCustomFieldValues: {
            [key: string]: components["schemas"]["ContactCustomFieldValue"];
        };
        ContactField: {
            createdAt: components["schemas"]["Timestamp"];
            /** @example fld_2Gx8Rm */
            id: components["schemas"]["Id"];
            /**
             * @description Unique in the tenant; the key in `customFields`. Cannot change.
             * @example plan
             */
            key: string;
            /** @example Plan */
            label: string;
            /**
             * @description The allowed values of a `select` field; empty for other types.
             * @example [
             *       "free",
             *       "pro",
             *       "enterprise"
             *     ]
             */
            options: string[];
            type: components["schemas"]["ContactFieldType"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description `options` is required (at least one) for a `select` field and not allowed for other types. */
        ContactFieldCreate: {
            /** @example plan */
            key: string;
            /** @example Plan */
            label: string;
            /**
             * @example [
             *       "free",
             *       "pro",
             *       "enterprise"
             *     ]
             */
            options?: string[];
            type: components["schemas"]["ContactFieldType"];
        };
        ContactFieldPage: {
            data: components["schemas"]["ContactField"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        ContactFieldType: "text" | "number" | "boolean" | "date" | "select";
        /** @description The `key` and `type` of a field cannot change; `options` only applies to `select` fields. */
        ContactFieldUpdate: {
            /** @example Plan */
            label?: string;
            /**
             * @example [
             *       "free",
             *       "pro",
             *       "business",
             *       "enterprise"
             *     ]
             */
            options?: string[];
        };
        ContactPage: {
            data: components["schemas"]["Contact"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description `customFields` here merges into the current values; a `null` value clears that field. */
        ContactUpdate: {
            /** @example Brightlane GmbH */
            company?: string | null;
            customFields?: components["schemas"]["ContactCustomFieldValues"];
            /**
             * Format: email
             * @example daniel.hoffmann@brightlane.de
             */
            email?: string | null;
            /** @example Daniel Hoffmann */
            name?: string | null;
            /** @example +4915123456789 */
            phone?: string | null;
        };
        ContactUpdatedEvent: {
            data: {
                /**
                 * @description Names of the fields that changed (custom fields as `customFields.<key>`).
                 * @example [
                 *       "phone",
                 *       "customFields.loyalty_tier"
                 *     ]
                 */
                changedFields: string[];
                contact: components["schemas"]["Contact"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T11:02:30Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "contact.updated";
        };
        Conversation: {
            /**
             * @description The user the conversation is assigned to; `null` when unassigned.
             * @example usr_2Hk7Wp
             */
            assigneeId: string | null;
            channel: components["schemas"]["ConversationChannel"];
            /**
             * @description The inbox (`chn_…`) the conversation arrived through; `null` when it came through none (e.g. created over the API without one).
             * @example chn_email01
             */
            channelId: string | null;
            /**
             * Format: date-time
             * @description When the conversation was closed; `null` unless `status` is `closed`.
             * @example 2026-11-02T10:15:40Z
             */
            closedAt: string | null;
            /** @example con_4Tz9Qe */
            contactId: string;
            createdAt: components["schemas"]["Timestamp"];
            /** @example cnv_8Fq2Lx */
            id: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @example 2026-11-02T09:47:12Z
             */
            lastMessageAt: string | null;
            priority: components["schemas"]["SlaPriority"];
            /**
             * Format: date-time
             * @description When a snoozed conversation reopens; `null` unless `status` is `snoozed`.
             * @example 2026-11-04T08:00:00Z
             */
            snoozedUntil: string | null;
            status: components["schemas"]["ConversationStatus"];
            /** @example Charged twice for my March invoice */
            subject: string | null;
            /**
             * @example [
             *       "tag_3Jd8Vc",
             *       "tag_9Pq1Ym"
             *     ]
             */
            tagIds: string[];
            /** @example tm_6Rb3Ns */
            teamId: string | null;
            updatedAt: components["schemas"]["Timestamp"];
        };
        ConversationAssignedEvent: {
            data: {
                /**
                 * @description The user who assigned it; `null` when a routing rule or automation did.
                 * @example null
                 */
                assignedBy: string | null;
                conversation: components["schemas"]["Conversation"];
                /** @example null */
                previousAssigneeId: string | null;
                /** @example null */
                previousTeamId: string | null;
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T09:43:12Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.assigned";
        };
        ConversationAssignment: {
            /**
             * @description The user to assign; `null` unassigns.
             * @example usr_2Hk7Wp
             */
            assigneeId: string | null;
            /**
             * @description The team to route to; omitted keeps the current team, `null` clears it.
             * @example tm_6Rb3Ns
             */
            teamId?: string | null;
        };
        /**
         * @description The kind of inbox the conversation came through.
         * @enum {string}
         */
        ConversationChannel: "email" | "chat" | "whatsapp" | "sms" | "api";
        ConversationCreate: {
            /** @example usr_2Hk7Wp */
            assigneeId?: string | null;
            channel: components["schemas"]["ConversationChannel"];
            /**
             * @description The inbox (`chn_…`) it arrived through; omitted picks the workspace's first inbox of `channel`'s kind.
             * @example chn_email01
             */
            channelId?: string | null;
            /** @example con_4Tz9Qe */
            contactId: string;
            /** @default normal */
            priority?: components["schemas"]["SlaPriority"];
            status?: components["schemas"]["ConversationStatus"];
            /** @example Charged twice for my March invoice */
            subject?: string | null;
            /**
             * @example [
             *       "tag_3Jd8Vc"
             *     ]
             */
            tagIds?: string[];
            /** @example tm_6Rb3Ns */
            teamId?: string | null;
        };
        ConversationCreatedEvent: {
            data: {
                conversation: components["schemas"]["Conversation"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T09:41:00Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.created";
        };
        ConversationMessage: {
            /**
             * @example [
             *       "att_7Lc2Hx"
             *     ]
             */
            attachmentIds: string[];
            author: components["schemas"]["ConversationMessageAuthor"];
            /**
             * @description Markdown.
             * @example Hi Daniel, I can see the duplicate charge on March 3. I've refunded it; it shows on your card within 5 business days.
             */
            body: string;
            /** @example cnv_8Fq2Lx */
            conversationId: string;
            createdAt: components["schemas"]["Timestamp"];
            /** @example msg_5Wn1Kd */
            id: components["schemas"]["Id"];
            /**
             * @description An internal note, visible to agents only and never sent to the contact.
             * @example false
             */
            internal: boolean;
        };
        ConversationMessageAuthor: {
            /**
             * @description The contact id (`con_…`) or user id (`usr_…`); `null` for a bot.
             * @example usr_2Hk7Wp
             */
            id: string | null;
            /** @example Marta Oliveira */
            name: string;
            type: components["schemas"]["ConversationMessageAuthorType"];
        };
        /** @enum {string} */
        ConversationMessageAuthorType: "contact" | "agent" | "bot";
        /**
         * @description Sent as the calling user (session) or as an agent reply on behalf of the workspace (API key).
         *     `authorType: contact` records an inbound message from the conversation's contact, e.g. when
         *     importing from another system. Internal notes need `authorType: agent`.
         */
        ConversationMessageCreate: {
            /**
             * @description Attachments uploaded to this conversation beforehand.
             * @example [
             *       "att_7Lc2Hx"
             *     ]
             */
            attachmentIds?: string[];
            /** @default agent */
            authorType?: components["schemas"]["ConversationMessageAuthorType"];
            /**
             * @description Markdown.
             * @example Hi Daniel, I can see the duplicate charge on March 3. I've refunded it; it shows on your card within 5 business days.
             */
            body: string;
            /**
             * @default false
             * @example false
             */
            internal?: boolean;
        };
        ConversationMessagePage: {
            data: components["schemas"]["ConversationMessage"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        ConversationPage: {
            data: components["schemas"]["Conversation"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `open` waits for an agent, `pending` waits for the contact, `snoozed` is hidden until
         *     `snoozedUntil`, `closed` is resolved (a new contact message reopens it).
         * @enum {string}
         */
        ConversationStatus: "open" | "pending" | "snoozed" | "closed";
        /** @description `snoozedUntil` is required when `status` is `snoozed` and ignored otherwise. */
        ConversationStatusChange: {
            /**
             * Format: date-time
             * @example 2026-11-04T08:00:00Z
             */
            snoozedUntil?: string;
            status: components["schemas"]["ConversationStatus"];
        };
        ConversationStatusChangedEvent: {
            data: {
                /**
                 * @description The user who changed it; `null` when an automation, SLA or snooze timer did.
                 * @example usr_2Jc7Rt
                 */
                changedBy: string | null;
                conversation: components["schemas"]["Conversation"];
                previousStatus: components["schemas"]["ConversationStatus"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T10:15:00Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.status_changed";
        };
        ConversationVolumeBucket: {
            /** @example 398 */
            closed: number;
            /** @example 412 */
            created: number;
            /**
             * Format: date
             * @description First day of the bucket (the Monday for weekly buckets).
             * @example 2026-10-05
             */
            date: string;
        };
        ConversationVolumeReport: {
            /** @description One bucket per day or week of the range, oldest first, empty buckets included. */
            buckets: components["schemas"]["ConversationVolumeBucket"][];
            /**
             * @description The channel filter, `null` for all channels.
             * @example null
             */
            channelId: string | null;
            /**
             * Format: date
             * @example 2026-10-01
             */
            from: string;
            /**
             * @example week
             * @enum {string}
             */
            interval: "day" | "week";
            /**
             * Format: date
             * @example 2026-10-31
             */
            to: string;
            totals: components["schemas"]["ConversationVolumeTotals"];
        };
        ConversationVolumeTotals: {
            /** @example 1742 */
            closed: number;
            /** @example 1786 */
            created: number;
        };
        CsatResponse: {
            /**
             * @description The customer's free-text comment, if any.
             * @example Quick answer, but I had to explain the problem twice.
             */
            comment: string | null;
            /** @example cnv_7Hd2Qp */
            conversationId: string;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /**
             * @description 1 (very unsatisfied) to 5 (very satisfied).
             * @example 4
             */
            rating: number;
        };
        CsatResponsePage: {
            data: components["schemas"]["CsatResponse"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        Deleted: {
            /** @constant */
            deleted: true;
            id: components["schemas"]["Id"];
        };
        /**
         * @description Which data store a credential works on.
         * @enum {string}
         */
        Environment: "production" | "sandbox";
        /**
         * @description The stable machine-readable code of a problem.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "API_KEY_MISSING" | "API_KEY_MALFORMED" | "API_KEY_INVALID" | "API_KEY_REVOKED" | "API_KEY_EXPIRED" | "API_KEY_INACTIVE" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TENANT_SUSPENDED" | "INSUFFICIENT_SCOPE" | "ENDPOINT_NOT_PUBLIC" | "ENDPOINT_RESERVED" | "ENVIRONMENT_MISMATCH" | "IP_NOT_ALLOWED" | "ORIGIN_NOT_ALLOWED" | "NOT_FOUND" | "CONFLICT" | "IDEMPOTENCY_KEY_REUSED" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
        FieldError: {
            /** @example must have required property 'title' */
            message: string;
            /**
             * @description JSON Pointer into the request (`/body/title`, `/query/limit`).
             * @example /body/title
             */
            path: string;
        };
        /**
         * @description An opaque resource id.
         * @example art_3kP9xQ2
         */
        Id: string;
        KbArticle: {
            /**
             * @description Markdown.
             * @example Open **Settings → Security** and choose *Reset password*. We email you a link that works for 30 minutes.
             */
            body: string;
            /** @example cat_9aZ1 */
            categoryId: string | null;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @example reset-your-password */
            slug: string;
            status: components["schemas"]["KbArticleStatus"];
            /** @example sub_4Lm2 */
            subcategoryId: string | null;
            /**
             * @example [
             *       "kbt_7Yx0"
             *     ]
             */
            tagIds: string[];
            /** @example How do I reset my password? */
            title: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        KbArticleCreate: {
            /**
             * @description Markdown.
             * @example Open **Settings → Security** and choose *Reset password*. We email you a link that works for 30 minutes.
             */
            body: string;
            /** @example cat_9aZ1 */
            categoryId?: string | null;
            /** @example reset-your-password */
            slug: string;
            status?: components["schemas"]["KbArticleStatus"];
            /** @example sub_4Lm2 */
            subcategoryId?: string | null;
            /**
             * @example [
             *       "kbt_7Yx0"
             *     ]
             */
            tagIds?: string[];
            /** @example How do I reset my password? */
            title: string;
        };
        KbArticlePage: {
            data: components["schemas"]["KbArticle"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        KbArticlePublishedEvent: {
            data: {
                article: components["schemas"]["KbArticle"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T14:00:00Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "kb_article.published";
        };
        /** @enum {string} */
        KbArticleStatus: "draft" | "published" | "archived";
        KbArticleUpdate: {
            /**
             * @description Markdown.
             * @example Open **Settings → Security** and choose *Reset password*. We email you a link that works for 30 minutes.
             */
            body?: string;
            /** @example cat_9aZ1 */
            categoryId?: string | null;
            /** @example reset-your-password */
            slug?: string;
            status?: components["schemas"]["KbArticleStatus"];
            /** @example sub_4Lm2 */
            subcategoryId?: string | null;
            /**
             * @example [
             *       "kbt_7Yx0"
             *     ]
             */
            tagIds?: string[];
            /** @example How do I reset my password? */
            title?: string;
        };
        KbCategory: {
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @example Account & billing */
            name: string;
            /** @example 0 */
            position: number;
            /** @example account-billing */
            slug: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        KbCategoryCreate: {
            /** @example Account & billing */
            name: string;
            /** @example 0 */
            position?: number;
            /** @example account-billing */
            slug: string;
        };
        KbCategoryPage: {
            data: components["schemas"]["KbCategory"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        KbCategoryUpdate: {
            /** @example Account & billing */
            name?: string;
            /** @example 0 */
            position?: number;
            /** @example account-billing */
            slug?: string;
        };
        KbSearchHit: {
            article: components["schemas"]["KbArticle"];
            /** @example 0.82 */
            score: number;
            /** @example …choose *Reset password*. We email you a link… */
            snippet: string;
        };
        KbSearchPage: {
            data: components["schemas"]["KbSearchHit"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        KbSubcategory: {
            /** @example cat_9aZ1 */
            categoryId: string;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @example Passwords & login */
            name: string;
            /** @example 0 */
            position: number;
            /** @example passwords-login */
            slug: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        KbSubcategoryCreate: {
            /** @example cat_9aZ1 */
            categoryId: string;
            /** @example Passwords & login */
            name: string;
            /** @example 0 */
            position?: number;
            /** @example passwords-login */
            slug: string;
        };
        KbSubcategoryPage: {
            data: components["schemas"]["KbSubcategory"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        KbSubcategoryUpdate: {
            /** @example cat_9aZ1 */
            categoryId?: string;
            /** @example Passwords & login */
            name?: string;
            /** @example 0 */
            position?: number;
            /** @example passwords-login */
            slug?: string;
        };
        KbTag: {
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @example passwords */
            name: string;
            /** @example passwords */
            slug: string;
        };
        KbTagCreate: {
            /** @example passwords */
            name: string;
            /** @example passwords */
            slug: string;
        };
        KbTagPage: {
            data: components["schemas"]["KbTag"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        KbTagUpdate: {
            /** @example passwords */
            name?: string;
            /** @example passwords */
            slug?: string;
        };
        MessageCreatedEvent: {
            data: {
                message: components["schemas"]["ConversationMessage"];
            };
            /**
             * Format: date-time
             * @description When the event happened.
             * @example 2026-11-02T09:41:00Z
             */
            timestamp: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.created";
        };
        /**
         * @description Cursor of the next page, `null` on the last page.
         * @example eyJvZmZzZXQiOjI1fQ
         */
        NextCursor: string | null;
        Notification: {
            /**
             * @description The conversation the notification is about, if any.
             * @example cnv_7Hd2Qp
             */
            conversationId: string | null;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @description When the user read it; `null` while unread.
             * @example 2026-11-02T09:45:00Z
             */
            readAt: string | null;
            /** @example Marta assigned you "Refund for order 10482 not received" */
            title: string;
            type: components["schemas"]["NotificationType"];
        };
        NotificationPage: {
            data: components["schemas"]["Notification"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        NotificationType: "conversation_assigned" | "mention" | "sla_breach" | "csat_received";
        PermissionProblem: components["schemas"]["Problem"] & {
            /** @description Present on `INSUFFICIENT_SCOPE`. */
            grantedScopes?: components["schemas"]["Scope"][];
            /** @description Present on `INSUFFICIENT_SCOPE`. */
            requiredScopes?: components["schemas"]["Scope"][];
        };
        /** @description An RFC 9457 problem detail. */
        Problem: {
            code: components["schemas"]["ErrorCode"];
            /** @example No article with id art_3kP9. */
            detail?: string;
            /** @example /api/v1/kb/articles/art_3kP9 */
            instance?: string;
            /** @example req_8Jd2kQ0vX1 */
            requestId: string;
            /** @example 404 */
            status: number;
            /** @example No such resource. */
            title: string;
            /**
             * Format: uri
             * @example https://docs.atender.io/errors/not-found
             */
            type: string;
        };
        RateLimitProblem: components["schemas"]["Problem"] & {
            /** @example 600 */
            limit: number;
            /** @example 17 */
            retryAfterSeconds: number;
            /**
             * @description The spent window, named as in `RateLimit-Policy`: `minute` or `day` for the tiers of
             *     `x-rate-limit-tiers`; a custom tier (e.g. a test's one-second window) names its own.
             * @example minute
             * @example day
             */
            window: string;
        };
        /**
         * @description A key's rate-limit tier (limits in the document's `x-rate-limit-tiers`).
         * @enum {string}
         */
        RateLimitTier: "standard" | "elevated" | "enterprise";
        Role: {
            /**
             * @description Built-in roles (owner, admin, agent, viewer) cannot be changed or deleted.
             * @example true
             */
            builtIn: boolean;
            createdAt: components["schemas"]["Timestamp"];
            /** @example Handles conversations and contacts; reads the knowledge base. */
            description: string | null;
            id: components["schemas"]["Id"];
            /** @example Agent */
            name: string;
            /**
             * @description What users with this role may do.
             * @example [
             *       "conversations:write",
             *       "contacts:write",
             *       "knowledge:read",
             *       "tags:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
        };
        RolePage: {
            data: components["schemas"]["Role"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description A permission, `<surface>:<action>`. `write` implies `read` on the same surface.
         * @enum {string}
         */
        Scope: "knowledge:read" | "knowledge:write" | "conversations:read" | "conversations:write" | "contacts:read" | "contacts:write" | "tags:read" | "tags:write" | "analytics:read" | "analytics:write" | "users:read" | "users:write" | "settings:read" | "settings:write" | "search:read" | "search:write" | "bulk:read" | "bulk:write" | "webhooks:read" | "webhooks:write" | "channels:read" | "channels:write" | "automations:read" | "automations:write" | "agents:read" | "agents:write" | "snippets:read" | "snippets:write" | "sla:read" | "sla:write" | "attachments:read" | "attachments:write" | "notifications:read" | "notifications:write" | "teams:read" | "teams:write" | "csat:read" | "csat:write" | "status:read" | "status:write";
        /**
         * @description A named set of scopes (members in the document's `x-scope-bundles`).
         * @enum {string}
         */
        ScopeBundle: "basic" | "read_all" | "write_all" | "full_access" | "analytics_only" | "integration";
        SearchHit: {
            id: components["schemas"]["Id"];
            /**
             * @description Matching excerpt of the text.
             * @example …I returned order 10482 two weeks ago but the refund has not reached my card…
             */
            snippet: string;
            /**
             * @description Conversation subject, contact name or article title.
             * @example Refund for order 10482 not received
             */
            title: string;
            type: components["schemas"]["SearchHitType"];
        };
        /** @enum {string} */
        SearchHitType: "conversation" | "contact" | "article";
        SearchPage: {
            data: components["schemas"]["SearchHit"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        ServiceComponent: {
            /** @example Email delivery */
            name: string;
            status: components["schemas"]["ServiceStatusLevel"];
        };
        ServiceStatus: {
            /**
             * @example [
             *       {
             *         "name": "REST API",
             *         "status": "operational"
             *       },
             *       {
             *         "name": "Email delivery",
             *         "status": "degraded"
             *       }
             *     ]
             */
            components: components["schemas"]["ServiceComponent"][];
            status: components["schemas"]["ServiceStatusLevel"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @enum {string} */
        ServiceStatusLevel: "operational" | "degraded" | "outage";
        SlaBreachReport: {
            /**
             * Format: date
             * @example 2026-10-01
             */
            from: string;
            policies: components["schemas"]["SlaPolicyBreachRate"][];
            /**
             * Format: date
             * @example 2026-10-31
             */
            to: string;
        };
        SlaPolicy: {
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description Target time to the first agent reply, in business minutes.
             * @example 30
             */
            firstResponseMinutes: number;
            id: components["schemas"]["Id"];
            /** @example Urgent – premium customers */
            name: string;
            priority: components["schemas"]["SlaPriority"];
            /**
             * @description Target time to resolution, in business minutes.
             * @example 480
             */
            resolutionMinutes: number;
        };
        SlaPolicyBreachRate: {
            /**
             * @description Conversations under this policy created in the range.
             * @example 356
             */
            conversations: number;
            /**
             * @description Share (0–1) of the policy's conversations whose first response came after the target.
             * @example 0.042
             */
            firstResponseBreachRate: number;
            /** @example Priority customers: 1 h first response, 24 h resolution */
            name: string;
            /** @example sla_priority24 */
            policyId: string;
            /**
             * @description Share (0–1) of the policy's conversations resolved after the target (or still open past it).
             * @example 0.118
             */
            resolutionBreachRate: number;
        };
        SlaPolicyPage: {
            data: components["schemas"]["SlaPolicy"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description The conversation priority a policy applies to.
         * @enum {string}
         */
        SlaPriority: "low" | "normal" | "high" | "urgent";
        Snippet: {
            /**
             * @description Markdown.
             * @example Refunds reach your card within 5–10 business days after we receive the returned item.
             */
            body: string;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /**
             * @description What an agent types after `/` to insert the snippet; unique in the workspace.
             * @example refund-timeline
             */
            shortcut: string;
            /** @example Refund timeline */
            title: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        SnippetCreate: {
            /**
             * @description Markdown.
             * @example Refunds reach your card within 5–10 business days after we receive the returned item.
             */
            body: string;
            /**
             * @description What an agent types after `/` to insert the snippet; unique in the workspace.
             * @example refund-timeline
             */
            shortcut: string;
            /** @example Refund timeline */
            title: string;
        };
        SnippetPage: {
            data: components["schemas"]["Snippet"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        Tag: {
            /**
             * @description Hex colour `#RRGGBB`.
             * @example #E5484D
             */
            color: string;
            createdAt: components["schemas"]["Timestamp"];
            /** @example tag_3Jd8Vc */
            id: components["schemas"]["Id"];
            /**
             * @description Unique among its siblings.
             * @example Refund request
             */
            name: string;
            /**
             * @description The parent tag; `null` for a top-level tag.
             * @example tag_1Bm4Qa
             */
            parentId: string | null;
            updatedAt: components["schemas"]["Timestamp"];
        };
        TagCreate: {
            /**
             * @default #6B7280
             * @example #E5484D
             */
            color?: string;
            /** @example Refund request */
            name: string;
            /** @example tag_1Bm4Qa */
            parentId?: string | null;
        };
        TagPage: {
            data: components["schemas"]["Tag"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description The whole tag tree; top-level tags and each level's children sorted by name.
         * @example {
         *       "data": [
         *         {
         *           "id": "tag_1Bm4Qa",
         *           "name": "Billing",
         *           "color": "#3E63DD",
         *           "parentId": null,
         *           "children": [
         *             {
         *               "id": "tag_3Jd8Vc",
         *               "name": "Refund request",
         *               "color": "#E5484D",
         *               "parentId": "tag_1Bm4Qa",
         *               "children": []
         *             },
         *             {
         *               "id": "tag_9Pq1Ym",
         *               "name": "Invoice question",
         *               "color": "#3E63DD",
         *               "parentId": "tag_1Bm4Qa",
         *               "children": []
         *             }
         *           ]
         *         },
         *         {
         *           "id": "tag_6Kw2Nf",
         *           "name": "Bug report",
         *           "color": "#F76B15",
         *           "parentId": null,
         *           "children": []
         *         }
         *       ]
         *     }
         */
        TagTree: {
            data: components["schemas"]["TagTreeNode"][];
        };
        TagTreeNode: {
            children: components["schemas"]["TagTreeNode"][];
            /** @example #3E63DD */
            color: string;
            /** @example tag_1Bm4Qa */
            id: components["schemas"]["Id"];
            /** @example Billing */
            name: string;
            /** @example null */
            parentId: string | null;
        };
        /** @description Moving a tag under itself or one of its descendants answers 409 `CONFLICT`. */
        TagUpdate: {
            /** @example #E5484D */
            color?: string;
            /** @example Refund request */
            name?: string;
            /** @example tag_1Bm4Qa */
            parentId?: string | null;
        };
        Team: {
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /**
             * @description Ids of the users in the team.
             * @example [
             *       "usr_5Tn7Kq",
             *       "usr_2Bx8Hd"
             *     ]
             */
            memberIds: string[];
            /** @example Billing support */
            name: string;
        };
        TeamPage: {
            data: components["schemas"]["Team"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * Format: date-time
         * @example 2026-11-02T09:41:00Z
         */
        Timestamp: string;
        User: {
            /**
             * @description False once the user is deactivated; deactivated users keep their history.
             * @example true
             */
            active: boolean;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: email
             * @example marta.oliveira@northwind-outfitters.com
             */
            email: string;
            id: components["schemas"]["Id"];
            /** @example Marta Oliveira */
            name: string;
            role: components["schemas"]["UserRole"];
            /**
             * @description Ids of the teams the user belongs to.
             * @example [
             *       "tea_8Hq2Lm"
             *     ]
             */
            teamIds: string[];
        };
        UserInvitation: {
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: email
             * @example priya.natarajan@northwind-outfitters.com
             */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-09T09:41:00Z
             */
            expiresAt: string;
            id: components["schemas"]["Id"];
            /**
             * @description The user who sent the invitation.
             * @example usr_9Kd1Aa
             */
            invitedBy: string;
            /** @example Priya Natarajan */
            name: string | null;
            /** @example rol_agent */
            roleId: string;
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "expired" | "revoked";
            /**
             * @example [
             *       "team_returns"
             *     ]
             */
            teamIds: string[];
        };
        UserInvitationCreate: {
            /**
             * Format: email
             * @example priya.natarajan@northwind-outfitters.com
             */
            email: string;
            /** @example Priya Natarajan */
            name?: string;
            /** @example rol_agent */
            roleId: string;
            /**
             * @description Teams the user joins on accepting.
             * @example [
             *       "team_returns"
             *     ]
             */
            teamIds?: string[];
        };
        UserPage: {
            data: components["schemas"]["User"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        UserRole: "agent" | "admin" | "owner";
        UserRoleAssignment: {
            /** @example rol_admin */
            roleId: string;
            updatedAt: components["schemas"]["Timestamp"];
            /** @example usr_2Jc7Rt */
            userId: string;
        };
        UserRoleSet: {
            /** @example rol_admin */
            roleId: string;
        };
        ValidationProblem: components["schemas"]["Problem"] & {
            errors: components["schemas"]["FieldError"][];
        };
        VoiceCall: {
            /** @example chn_voice01 */
            channelId: string;
            /** @example ctc_8Hw3Lp */
            contactId: string;
            /** @example cnv_7Qe4Vb */
            conversationId: string;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description `null` until the call ends.
             * @example null
             */
            durationSeconds: number | null;
            /**
             * @description E.164 number of the voice channel.
             * @example +34910123456
             */
            from: string;
            id: components["schemas"]["Id"];
            /**
             * @example queued
             * @enum {string}
             */
            status: "queued" | "ringing" | "in_progress" | "completed" | "no_answer" | "busy" | "failed";
            /** @example +34612345678 */
            to: string;
        };
        VoiceCallCreate: {
            /**
             * @description The voice channel to call from.
             * @example chn_voice01
             */
            channelId: string;
            /**
             * @description The contact being called; found or created from `to` when omitted.
             * @example ctc_8Hw3Lp
             */
            contactId?: string;
            /**
             * @description Record the call in this conversation instead of a new one.
             * @example cnv_7Qe4Vb
             */
            conversationId?: string;
            /**
             * @description E.164 number to call.
             * @example +34612345678
             */
            to: string;
        };
        /** @description An endpoint that receives signed event deliveries. The secret is never part of it. */
        Webhook: {
            /**
             * @description Inactive endpoints receive no deliveries (test events excepted).
             * @example true
             */
            active: boolean;
            createdAt: components["schemas"]["Timestamp"];
            /** @example Sync conversations and contacts to the CRM */
            description: string | null;
            /**
             * @example [
             *       "conversation.created",
             *       "conversation.status_changed",
             *       "contact.updated"
             *     ]
             */
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description When the endpoint became `failing`; `null` while it is `healthy`.
             * @example null
             */
            failingSince: string | null;
            id: components["schemas"]["Id"];
            status: components["schemas"]["WebhookEndpointStatus"];
            updatedAt: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description HTTPS URL that receives the deliveries (on the sandbox, `http://` loopback URLs too).
             * @example https://crm.northwind-outfitters.com/hooks/atender
             */
            url: string;
        };
        WebhookCreate: {
            /**
             * @description Defaults to `true`.
             * @default true
             * @example true
             */
            active?: boolean;
            /** @example Sync conversations and contacts to the CRM */
            description?: string | null;
            /**
             * @example [
             *       "conversation.created",
             *       "conversation.status_changed",
             *       "contact.updated"
             *     ]
             */
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: uri
             * @description HTTPS URL that receives the deliveries (on the sandbox, `http://` loopback URLs too).
             * @example https://crm.northwind-outfitters.com/hooks/atender
             */
            url: string;
        };
        /** @description One delivery attempt of an event to an endpoint. */
        WebhookDelivery: {
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description Time from sending the request to the end of the answer (or the 15 s timeout).
             * @example 184
             */
            durationMs: number;
            /**
             * @description Why no answer arrived, when `statusCode` is `null`.
             * @example null
             */
            error: string | null;
            event: components["schemas"]["WebhookEvent"];
            eventType: components["schemas"]["WebhookEventType"];
            id: components["schemas"]["Id"];
            /**
             * @description HTTP status the endpoint answered, `null` when no answer arrived (DNS, TLS, timeout).
             * @example 200
             */
            statusCode: number | null;
            /**
             * @description `true` when the endpoint answered 2xx.
             * @example true
             */
            success: boolean;
            /** @example whk_5Tn8LqR2 */
            webhookId: string;
            /**
             * @description The `webhook-id` header sent with the delivery (the same on every retry of one event).
             * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
             */
            webhookMessageId: string;
        };
        /** @description One HTTP POST of a delivery. */
        WebhookDeliveryAttempt: {
            /**
             * @description 1 for the first attempt, 2 for the first retry, …; redeliveries count on.
             * @example 1
             */
            attempt: number;
            /**
             * @description Time from sending the request to the end of the answer (or the timeout).
             * @example 184
             */
            durationMs: number;
            /**
             * @description Why the attempt failed (`null` on success), e.g. `HTTP 503` or `timeout after 15 s`.
             * @example HTTP 503
             */
            error: string | null;
            sentAt: components["schemas"]["Timestamp"];
            /**
             * @description HTTP status the endpoint answered, `null` when no answer arrived (connection refused, timeout).
             * @example 503
             */
            statusCode: number | null;
            /**
             * @description `true` when the endpoint answered 2xx.
             * @example false
             */
            success: boolean;
        };
        /**
         * @description Where a delivery stands.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        /**
         * @description `failing` once an event exhausted every attempt of the retry schedule (`x-webhook-delivery`);
         *     a failing endpoint still receives new events, and its next successful delivery makes it
         *     `healthy` again.
         * @enum {string}
         */
        WebhookEndpointStatus: "healthy" | "failing";
        /** @description Any event delivered to a webhook endpoint; `type` tells which. */
        WebhookEvent: components["schemas"]["ConversationCreatedEvent"] | components["schemas"]["ConversationStatusChangedEvent"] | components["schemas"]["ConversationAssignedEvent"] | components["schemas"]["MessageCreatedEvent"] | components["schemas"]["ContactCreatedEvent"] | components["schemas"]["ContactUpdatedEvent"] | components["schemas"]["KbArticlePublishedEvent"];
        /** @description One event sent to one endpoint, with every attempt made so far. */
        WebhookEventDelivery: {
            /** @description Oldest first. */
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
            createdAt: components["schemas"]["Timestamp"];
            event: components["schemas"]["WebhookEvent"];
            eventType: components["schemas"]["WebhookEventType"];
            id: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @description When the next retry is due; `null` when none is scheduled.
             * @example 2026-11-02T09:41:05Z
             */
            nextAttemptAt: string | null;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * @description `true` for a test event (`sendWebhookTestEvent`): one attempt, never retried.
             * @example false
             */
            test: boolean;
            updatedAt: components["schemas"]["Timestamp"];
            /** @example whk_5Tn8LqR2 */
            webhookId: string;
            /**
             * @description The `webhook-id` header of every attempt of this delivery.
             * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
             */
            webhookMessageId: string;
        };
        WebhookEventDeliveryPage: {
            data: components["schemas"]["WebhookEventDelivery"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description The event types a webhook endpoint can subscribe to.
         * @enum {string}
         */
        WebhookEventType: "conversation.created" | "conversation.status_changed" | "conversation.assigned" | "message.created" | "contact.created" | "contact.updated" | "kb_article.published";
        WebhookPage: {
            data: components["schemas"]["Webhook"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description A Standard Webhooks signing secret, `whsec_` + base64 of 24 to 64 random bytes.
         * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
         */
        WebhookSecret: string;
        /** @description The outcome of a secret rotation. Both secrets sign deliveries until `previousSecretExpiresAt`. */
        WebhookSecretRotation: {
            /**
             * Format: date-time
             * @description 24 hours after the rotation; the previous secret stops signing then.
             * @example 2026-11-03T09:41:00Z
             */
            previousSecretExpiresAt: string;
            secret: components["schemas"]["WebhookSecret"];
            /** @example whk_5Tn8LqR2 */
            webhookId: string;
        };
        WebhookTestEventCreate: {
            /**
             * @description The sample event to send; defaults to `conversation.created`.
             * @default conversation.created
             */
            eventType?: components["schemas"]["WebhookEventType"];
        };
        WebhookUpdate: {
            /** @example false */
            active?: boolean;
            /** @example Sync conversations and messages to the CRM */
            description?: string | null;
            /**
             * @example [
             *       "conversation.created",
             *       "message.created"
             *     ]
             */
            events?: components["schemas"]["WebhookEventType"][];
            /**
             * Format: uri
             * @description HTTPS URL that receives the deliveries (on the sandbox, `http://` loopback URLs too).
             * @example https://crm.northwind-outfitters.com/hooks/atender-v2
             */
            url?: string;
        };
        /** @description A just-created endpoint, with its signing secret; the only answer that shows it besides a rotation. */
        WebhookWithSecret: {
            /** @example true */
            active: boolean;
            createdAt: components["schemas"]["Timestamp"];
            /** @example Sync conversations and contacts to the CRM */
            description: string | null;
            /**
             * @example [
             *       "conversation.created",
             *       "conversation.status_changed",
             *       "contact.updated"
             *     ]
             */
            events: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description When the endpoint became `failing`; `null` while it is `healthy`.
             * @example null
             */
            failingSince: string | null;
            id: components["schemas"]["Id"];
            secret: components["schemas"]["WebhookSecret"];
            status: components["schemas"]["WebhookEndpointStatus"];
            updatedAt: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description HTTPS URL that receives the deliveries (on the sandbox, `http://` loopback URLs too).
             * @example https://crm.northwind-outfitters.com/hooks/atender
             */
            url: string;
        };
        /** @enum {string} */
        Weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
        WidgetBusinessHours: {
            /**
             * @description Opening intervals; a day without one is closed. Empty means always open.
             * @example [
             *       {
             *         "day": "monday",
             *         "open": "09:00",
             *         "close": "18:00"
             *       },
             *       {
             *         "day": "friday",
             *         "open": "09:00",
             *         "close": "15:00"
             *       }
             *     ]
             */
            intervals: components["schemas"]["WidgetBusinessHoursInterval"][];
            /**
             * @description Shown outside business hours.
             * @example We're offline right now. Leave a message and we'll email you by 10:00 tomorrow.
             */
            offlineMessage: string | null;
            /** @example true */
            openNow: boolean;
            /**
             * @description IANA time zone of the intervals.
             * @example Europe/Madrid
             */
            timezone: string;
        };
        WidgetBusinessHoursInterval: {
            /**
             * @description Local time, `HH:MM`; `24:00` for midnight.
             * @example 18:00
             */
            close: string;
            /**
             * @example monday
             * @enum {string}
             */
            day: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
            /**
             * @description Local time, `HH:MM`.
             * @example 09:00
             */
            open: string;
        };
        WidgetColors: {
            /** @example #FFFFFF */
            background: string;
            /**
             * @description Launcher, header and visitor bubbles.
             * @example #0F766E
             */
            primary: string;
            /** @example #1F2937 */
            text: string;
        };
        WidgetConfig: {
            businessHours: components["schemas"]["WidgetBusinessHours"];
            /** @example chn_webchat01 */
            channelId: string;
            colors: components["schemas"]["WidgetColors"];
            /** @example Hi! 👋 Questions about an order or a return? We usually answer in a few minutes. */
            greeting: string;
            /**
             * @description Shown in the widget header.
             * @example Northwind Outfitters support
             */
            name: string;
        };
        WidgetConversation: {
            /** @example chn_webchat01 */
            channelId: string;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
            /** @description The conversation's messages so far, oldest first. */
            messages: components["schemas"]["WidgetMessage"][];
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "pending" | "snoozed" | "closed";
        };
        WidgetConversationCreate: {
            /**
             * Format: email
             * @description The visitor's email, if they gave it; links the conversation to that contact.
             * @example maria.alvarez@example.com
             */
            email?: string;
            /**
             * @description The visitor's first message, plain text.
             * @example Hi, I'd like to return the hiking boots from order 10482. They're a size too small.
             */
            message: string;
            /**
             * @description The visitor's name, if they gave it.
             * @example Maria Alvarez
             */
            name?: string;
        };
        /** @description A message as the visitor sees it (internal notes never appear). */
        WidgetMessage: {
            /**
             * @description The agent's display name; `null` for the visitor.
             * @example null
             */
            authorName: string | null;
            /**
             * @example visitor
             * @enum {string}
             */
            authorType: "visitor" | "agent" | "bot";
            /** @example Hi, I'd like to return the hiking boots from order 10482. They're a size too small. */
            body: string;
            /** @example cnv_7Qe4Vb */
            conversationId: string;
            createdAt: components["schemas"]["Timestamp"];
            id: components["schemas"]["Id"];
        };
        WidgetMessageCreate: {
            /**
             * @description Plain text.
             * @example Thanks! Should I keep the original box?
             */
            body: string;
        };
        WorkspaceSettings: {
            businessHours: components["schemas"]["BusinessHours"];
            /**
             * @description BCP 47 language tag used for customer-facing text.
             * @example en-GB
             */
            defaultLanguage: string;
            /**
             * @description The workspace name shown to customers.
             * @example Northwind Outfitters Support
             */
            name: string;
            /**
             * @description IANA time zone name.
             * @example Europe/Lisbon
             */
            timezone: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        WorkspaceSettingsUpdate: {
            businessHours?: components["schemas"]["BusinessHours"];
            /**
             * @description BCP 47 language tag used for customer-facing text.
             * @example en-GB
             */
            defaultLanguage?: string;
            /**
             * @description The workspace name shown to customers.
             * @example Northwind Outfitters Support
             */
            name?: string;
            /**
             * @description IANA time zone name.
             * @example Europe/Lisbon
             */
            timezone?: string;
        };
    };
    responses: {
        /** @description The request does not match the API's schema. */
        BadRequest: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
        /** @description The request conflicts with the current state, or reuses an idempotency key with another body. */
        Conflict: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credential may not call this endpoint (scope, environment, allow-list, visibility). */
        Forbidden: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PermissionProblem"];
            };
        };
        /** @description No such resource in this tenant and environment. */
        NotFound: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The key's per-minute or per-day budget is spent. */
        RateLimited: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["RateLimitProblem"];
            };
        };
        /** @description The server failed or is temporarily unavailable. */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credential is missing, malformed, unknown, revoked, expired or inactive. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Opaque cursor from the previous page's `nextCursor`. */
        Cursor: string;
        /**
         * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
         *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
         * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
         */
        IdempotencyKey: string;
        /** @description Page size. */
        Limit: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Remaining budget of the window closest to exhaustion (draft-ietf-httpapi-ratelimit-headers-10).
         * @example "minute";r=42;t=17
         */
        RateLimit: string;
        /**
         * @description The key's quota policies (draft-ietf-httpapi-ratelimit-headers-10).
         * @example "minute";q=600;w=60, "day";q=50000;w=86400
         */
        "RateLimit-Policy": string;
        /**
         * @description Seconds to wait before retrying.
         * @example 17
         */
        "Retry-After": number;
        /**
         * @description RFC 6750 challenge; `error="insufficient_scope"` and `scope` on a scope refusal.
         * @example Bearer realm="atender", error="invalid_token"
         */
        "WWW-Authenticate": string;
        /**
         * @description Requests allowed in the current window.
         * @example 600
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 42
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window resets.
         * @example 17
         */
        "X-RateLimit-Reset": number;
        /**
         * @description Unique id of this request; quote it to support.
         * @example req_8Jd2kQ0vX1
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type AgentAvailability = components['schemas']['AgentAvailability'];
export type AgentAvailabilityPage = components['schemas']['AgentAvailabilityPage'];
export type AgentAvailabilityStatus = components['schemas']['AgentAvailabilityStatus'];
export type AgentAvailabilityUpdate = components['schemas']['AgentAvailabilityUpdate'];
export type AgentStats = components['schemas']['AgentStats'];
export type AgentStatsReport = components['schemas']['AgentStatsReport'];
export type AiReplySuggestion = components['schemas']['AiReplySuggestion'];
export type AiReplySuggestions = components['schemas']['AiReplySuggestions'];
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyCreate = components['schemas']['ApiKeyCreate'];
export type ApiKeyInfo = components['schemas']['ApiKeyInfo'];
export type ApiKeyOperationUsage = components['schemas']['ApiKeyOperationUsage'];
export type ApiKeyPage = components['schemas']['ApiKeyPage'];
export type ApiKeyRotate = components['schemas']['ApiKeyRotate'];
export type ApiKeyRotation = components['schemas']['ApiKeyRotation'];
export type ApiKeyUsage = components['schemas']['ApiKeyUsage'];
export type ApiKeyUsageDay = components['schemas']['ApiKeyUsageDay'];
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
export type Attachment = components['schemas']['Attachment'];
export type AttachmentCreate = components['schemas']['AttachmentCreate'];
export type AttachmentPage = components['schemas']['AttachmentPage'];
export type Automation = components['schemas']['Automation'];
export type AutomationPage = components['schemas']['AutomationPage'];
export type AutomationTrigger = components['schemas']['AutomationTrigger'];
export type AutomationUpdate = components['schemas']['AutomationUpdate'];
export type BillingSubscription = components['schemas']['BillingSubscription'];
export type BulkJob = components['schemas']['BulkJob'];
export type BulkJobCreate = components['schemas']['BulkJobCreate'];
export type BulkJobParams = components['schemas']['BulkJobParams'];
export type BulkJobProgress = components['schemas']['BulkJobProgress'];
export type BulkJobStatus = components['schemas']['BulkJobStatus'];
export type BulkOperation = components['schemas']['BulkOperation'];
export type BusinessHours = components['schemas']['BusinessHours'];
export type BusinessHoursInterval = components['schemas']['BusinessHoursInterval'];
export type Channel = components['schemas']['Channel'];
export type ChannelPage = components['schemas']['ChannelPage'];
export type ChannelType = components['schemas']['ChannelType'];
export type Contact = components['schemas']['Contact'];
export type ContactCreate = components['schemas']['ContactCreate'];
export type ContactCreatedEvent = components['schemas']['ContactCreatedEvent'];
export type ContactCustomFields = components['schemas']['ContactCustomFields'];
export type ContactCustomFieldsUpdate = components['schemas']['ContactCustomFieldsUpdate'];
export type ContactCustomFieldValue = components['schemas']['ContactCustomFieldValue'];
export type ContactCustomFieldValues = components['schemas']['ContactCustomFieldValues'];
export type ContactField = components['schemas']['ContactField'];
export type ContactFieldCreate = components['schemas']['ContactFieldCreate'];
export type ContactFieldPage = components['schemas']['ContactFieldPage'];
export type ContactFieldType = components['schemas']['ContactFieldType'];
export type ContactFieldUpdate = components['schemas']['ContactFieldUpdate'];
export type ContactPage = components['schemas']['ContactPage'];
export type ContactUpdate = components['schemas']['ContactUpdate'];
export type ContactUpdatedEvent = components['schemas']['ContactUpdatedEvent'];
export type Conversation = components['schemas']['Conversation'];
export type ConversationAssignedEvent = components['schemas']['ConversationAssignedEvent'];
export type ConversationAssignment = components['schemas']['ConversationAssignment'];
export type ConversationChannel = components['schemas']['ConversationChannel'];
export type ConversationCreate = components['schemas']['ConversationCreate'];
export type ConversationCreatedEvent = components['schemas']['ConversationCreatedEvent'];
export type ConversationMessage = components['schemas']['ConversationMessage'];
export type ConversationMessageAuthor = components['schemas']['ConversationMessageAuthor'];
export type ConversationMessageAuthorType = components['schemas']['ConversationMessageAuthorType'];
export type ConversationMessageCreate = components['schemas']['ConversationMessageCreate'];
export type ConversationMessagePage = components['schemas']['ConversationMessagePage'];
export type ConversationPage = components['schemas']['ConversationPage'];
export type ConversationStatus = components['schemas']['ConversationStatus'];
export type ConversationStatusChange = components['schemas']['ConversationStatusChange'];
export type ConversationStatusChangedEvent = components['schemas']['ConversationStatusChangedEvent'];
export type ConversationVolumeBucket = components['schemas']['ConversationVolumeBucket'];
export type ConversationVolumeReport = components['schemas']['ConversationVolumeReport'];
export type ConversationVolumeTotals = components['schemas']['ConversationVolumeTotals'];
export type CsatResponse = components['schemas']['CsatResponse'];
export type CsatResponsePage = components['schemas']['CsatResponsePage'];
export type Deleted = components['schemas']['Deleted'];
export type Environment = components['schemas']['Environment'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type FieldError = components['schemas']['FieldError'];
export type Id = components['schemas']['Id'];
export type KbArticle = components['schemas']['KbArticle'];
export type KbArticleCreate = components['schemas']['KbArticleCreate'];
export type KbArticlePage = components['schemas']['KbArticlePage'];
export type KbArticlePublishedEvent = components['schemas']['KbArticlePublishedEvent'];
export type KbArticleStatus = components['schemas']['KbArticleStatus'];
export type KbArticleUpdate = components['schemas']['KbArticleUpdate'];
export type KbCategory = components['schemas']['KbCategory'];
export type KbCategoryCreate = components['schemas']['KbCategoryCreate'];
export type KbCategoryPage = components['schemas']['KbCategoryPage'];
export type KbCategoryUpdate = components['schemas']['KbCategoryUpdate'];
export type KbSearchHit = components['schemas']['KbSearchHit'];
export type KbSearchPage = components['schemas']['KbSearchPage'];
export type KbSubcategory = components['schemas']['KbSubcategory'];
export type KbSubcategoryCreate = components['schemas']['KbSubcategoryCreate'];
export type KbSubcategoryPage = components['schemas']['KbSubcategoryPage'];
export type KbSubcategoryUpdate = components['schemas']['KbSubcategoryUpdate'];
export type KbTag = components['schemas']['KbTag'];
export type KbTagCreate = components['schemas']['KbTagCreate'];
export type KbTagPage = components['schemas']['KbTagPage'];
export type KbTagUpdate = components['schemas']['KbTagUpdate'];
export type MessageCreatedEvent = components['schemas']['MessageCreatedEvent'];
export type NextCursor = components['schemas']['NextCursor'];
export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationType = components['schemas']['NotificationType'];
export type PermissionProblem = components['schemas']['PermissionProblem'];
export type Problem = components['schemas']['Problem'];
export type RateLimitProblem = components['schemas']['RateLimitProblem'];
export type RateLimitTier = components['schemas']['RateLimitTier'];
export type Role = components['schemas']['Role'];
export type RolePage = components['schemas']['RolePage'];
export type Scope = components['schemas']['Scope'];
export type ScopeBundle = components['schemas']['ScopeBundle'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchHitType = components['schemas']['SearchHitType'];
export type SearchPage = components['schemas']['SearchPage'];
export type ServiceComponent = components['schemas']['ServiceComponent'];
export type ServiceStatus = components['schemas']['ServiceStatus'];
export type ServiceStatusLevel = components['schemas']['ServiceStatusLevel'];
export type SlaBreachReport = components['schemas']['SlaBreachReport'];
export type SlaPolicy = components['schemas']['SlaPolicy'];
export type SlaPolicyBreachRate = components['schemas']['SlaPolicyBreachRate'];
export type SlaPolicyPage = components['schemas']['SlaPolicyPage'];
export type SlaPriority = components['schemas']['SlaPriority'];
export type Snippet = components['schemas']['Snippet'];
export type SnippetCreate = components['schemas']['SnippetCreate'];
export type SnippetPage = components['schemas']['SnippetPage'];
export type Tag = components['schemas']['Tag'];
export type TagCreate = components['schemas']['TagCreate'];
export type TagPage = components['schemas']['TagPage'];
export type TagTree = components['schemas']['TagTree'];
export type TagTreeNode = components['schemas']['TagTreeNode'];
export type TagUpdate = components['schemas']['TagUpdate'];
export type Team = components['schemas']['Team'];
export type TeamPage = components['schemas']['TeamPage'];
export type Timestamp = components['schemas']['Timestamp'];
export type User = components['schemas']['User'];
export type UserInvitation = components['schemas']['UserInvitation'];
export type UserInvitationCreate = components['schemas']['UserInvitationCreate'];
export type UserPage = components['schemas']['UserPage'];
export type UserRole = components['schemas']['UserRole'];
export type UserRoleAssignment = components['schemas']['UserRoleAssignment'];
export type UserRoleSet = components['schemas']['UserRoleSet'];
export type ValidationProblem = components['schemas']['ValidationProblem'];
export type VoiceCall = components['schemas']['VoiceCall'];
export type VoiceCallCreate = components['schemas']['VoiceCallCreate'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookCreate = components['schemas']['WebhookCreate'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryAttempt = components['schemas']['WebhookDeliveryAttempt'];
export type WebhookDeliveryStatus = components['schemas']['WebhookDeliveryStatus'];
export type WebhookEndpointStatus = components['schemas']['WebhookEndpointStatus'];
export type WebhookEvent = components['schemas']['WebhookEvent'];
export type WebhookEventDelivery = components['schemas']['WebhookEventDelivery'];
export type WebhookEventDeliveryPage = components['schemas']['WebhookEventDeliveryPage'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type WebhookSecret = components['schemas']['WebhookSecret'];
export type WebhookSecretRotation = components['schemas']['WebhookSecretRotation'];
export type WebhookTestEventCreate = components['schemas']['WebhookTestEventCreate'];
export type WebhookUpdate = components['schemas']['WebhookUpdate'];
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
export type Weekday = components['schemas']['Weekday'];
export type WidgetBusinessHours = components['schemas']['WidgetBusinessHours'];
export type WidgetBusinessHoursInterval = components['schemas']['WidgetBusinessHoursInterval'];
export type WidgetColors = components['schemas']['WidgetColors'];
export type WidgetConfig = components['schemas']['WidgetConfig'];
export type WidgetConversation = components['schemas']['WidgetConversation'];
export type WidgetConversationCreate = components['schemas']['WidgetConversationCreate'];
export type WidgetMessage = components['schemas']['WidgetMessage'];
export type WidgetMessageCreate = components['schemas']['WidgetMessageCreate'];
export type WorkspaceSettings = components['schemas']['WorkspaceSettings'];
export type WorkspaceSettingsUpdate = components['schemas']['WorkspaceSettingsUpdate'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseRateLimited = components['responses']['RateLimited'];
export type ResponseServerError = components['responses']['ServerError'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterCursor = components['parameters']['Cursor'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterLimit = components['parameters']['Limit'];
export type HeaderRateLimit = components['headers']['RateLimit'];
export type HeaderRateLimitPolicy = components['headers']['RateLimit-Policy'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderWwwAuthenticate = components['headers']['WWW-Authenticate'];
export type HeaderXRateLimitLimit = components['headers']['X-RateLimit-Limit'];
export type HeaderXRateLimitRemaining = components['headers']['X-RateLimit-Remaining'];
export type HeaderXRateLimitReset = components['headers']['X-RateLimit-Reset'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type $defs = Record<string, never>;
export interface operations {
    setAgentAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's user id.
                 * @example usr_5Tn7Kq
                 */
                agentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentAvailabilityUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The agent's availability. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listAgentAvailability: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only agents with this status. */
                status?: components["schemas"]["AgentAvailabilityStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of agents' availability. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAvailabilityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getAiReplySuggestions: {
        parameters: {
            query: {
                /**
                 * @description The conversation to suggest replies for.
                 * @example cnv_7Qe4Vb
                 */
                conversationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description Suggested replies, best first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiReplySuggestions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getAgentStats: {
        parameters: {
            query: {
                /**
                 * @description First day of the range (inclusive), in the tenant's time zone.
                 * @example 2026-10-01
                 */
                from: string;
                /**
                 * @description Last day of the range (inclusive); not before `from`, at most 366 days after it.
                 * @example 2026-10-31
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The agent report, one entry per agent. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentStatsReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getConversationVolume: {
        parameters: {
            query: {
                /**
                 * @description Only conversations of this channel.
                 * @example chn_email01
                 */
                channel?: string;
                /**
                 * @description First day of the range (inclusive), in the tenant's time zone.
                 * @example 2026-10-01
                 */
                from: string;
                /** @description Bucket size; weeks start on Monday. */
                interval?: "day" | "week";
                /**
                 * @description Last day of the range (inclusive); not before `from`, at most 366 days after it.
                 * @example 2026-10-31
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The volume report. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationVolumeReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getSlaBreachRates: {
        parameters: {
            query: {
                /**
                 * @description First day of the range (inclusive), in the tenant's time zone.
                 * @example 2026-10-01
                 */
                from: string;
                /**
                 * @description Last day of the range (inclusive); not before `from`, at most 366 days after it.
                 * @example 2026-10-31
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The SLA breach report, one entry per policy that applied in the range. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaBreachReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Only active (or only deactivated) keys. */
                active?: boolean;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only keys of this environment. */
                environment?: components["schemas"]["Environment"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of API keys. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created key, with its secret (shown once). */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id.
                 * @example key_4f9KpW2m
                 */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The key is revoked. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The API key's id.
                 * @example key_4f9KpW2m
                 */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApiKeyRotate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The new secret (shown once) and when the previous one stops working. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example att_7Lc2Hx */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The attachment. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getApiKeyInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The calling key. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getApiKeyUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The calling key's usage. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listAutomations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only enabled (`true`) or disabled (`false`) rules. */
                enabled?: boolean;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of automation rules, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation rule's id.
                 * @example aut_6Lk3Jh
                 */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated automation rule. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getBillingSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The current subscription. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSubscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The queued job. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getBulkJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's id.
                 * @example job_2Rw9Vd
                 */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The job and its progress. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only channels of this type. */
                type?: components["schemas"]["ChannelType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of channels, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listContactFields: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of field definitions, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFieldPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createContactField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFieldCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created field definition. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example fld_2Gx8Rm */
                fieldId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The field definition. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example fld_2Gx8Rm */
                fieldId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The field was deleted. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example fld_2Gx8Rm */
                fieldId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFieldUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated field definition. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only the contact with this email (case-insensitive exact match).
                 * @example daniel.hoffmann@brightlane.de
                 */
                email?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only contacts whose name, email, phone or company contains this text.
                 * @example brightlane
                 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of contacts, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created contact. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The contact. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The contact was deleted. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated contact. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getContactCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The contact's custom field values. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCustomFields"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    setContactCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_4Tz9Qe */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCustomFieldsUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The contact's custom field values. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCustomFields"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /**
                 * @description Only conversations assigned to this user.
                 * @example usr_2Hk7Wp
                 */
                assigneeId?: string;
                /** @description Only conversations that came through this kind of channel. */
                channel?: components["schemas"]["ConversationChannel"];
                /**
                 * @description Only conversations with this contact.
                 * @example con_4Tz9Qe
                 */
                contactId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only conversations with this status. */
                status?: components["schemas"]["ConversationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of conversations, most recently active first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created conversation. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The conversation. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    assignConversation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAssignment"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated conversation. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listConversationAttachments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of attachments, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The uploaded attachment. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of messages and internal notes, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    sendConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationMessageCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created message. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    changeConversationStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationStatusChange"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated conversation. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    assignConversationTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated conversation. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    removeConversationTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example cnv_8Fq2Lx */
                conversationId: string;
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated conversation. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listCsatResponses: {
        parameters: {
            query?: {
                /**
                 * @description Only responses about this conversation.
                 * @example cnv_7Hd2Qp
                 */
                conversationId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only responses with this rating. */
                rating?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of CSAT responses, newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatResponsePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKbArticles: {
        parameters: {
            query?: {
                /** @description Only articles in this category. */
                categoryId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only the article with this slug. */
                slug?: string;
                /** @description Only articles with this status. */
                status?: components["schemas"]["KbArticleStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of articles, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticlePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbArticleCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created article. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getKbArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The article's id.
                 * @example art_3kP9xQ2
                 */
                articleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The article. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticle"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteKbArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The article's id.
                 * @example art_3kP9xQ2
                 */
                articleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The article is gone. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateKbArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The article's id.
                 * @example art_3kP9xQ2
                 */
                articleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbArticleUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated article. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKbCategories: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only the category with this slug. */
                slug?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of categories, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createKbCategory: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbCategoryCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created category. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getKbCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The category's id.
                 * @example cat_9aZ1
                 */
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The category. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteKbCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The category's id.
                 * @example cat_9aZ1
                 */
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The category is gone. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateKbCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The category's id.
                 * @example cat_9aZ1
                 */
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbCategoryUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated category. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    searchKbArticles: {
        parameters: {
            query: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Words to look for in titles and bodies.
                 * @example reset password
                 */
                q: string;
                /** @description Only articles with this status. */
                status?: components["schemas"]["KbArticleStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of hits, best first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbSearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKbSubcategories: {
        parameters: {
            query?: {
                /** @description Only subcategories of this category. */
                categoryId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of subcategories, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbSubcategoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createKbSubcategory: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbSubcategoryCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created subcategory. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbSubcategory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getKbSubcategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subcategory's id.
                 * @example sub_4Lm2
                 */
                subcategoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The subcategory. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbSubcategory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteKbSubcategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subcategory's id.
                 * @example sub_4Lm2
                 */
                subcategoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The subcategory is gone. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateKbSubcategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subcategory's id.
                 * @example sub_4Lm2
                 */
                subcategoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbSubcategoryUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated subcategory. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbSubcategory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listKbTags: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only the tag with this slug. */
                slug?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of tags, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbTagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createKbTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbTagCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created tag. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getKbTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id.
                 * @example kbt_7Yx0
                 */
                kbTagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The tag. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbTag"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteKbTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id.
                 * @example kbt_7Yx0
                 */
                kbTagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The tag is gone. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateKbTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id.
                 * @example kbt_7Yx0
                 */
                kbTagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbTagUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated tag. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only unread (`true`) or read (`false`) notifications. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of notifications, newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The notification's id.
                 * @example ntf_7Qs2Wd
                 */
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The notification, now read. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of roles, built-in roles first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    searchWorkspace: {
        parameters: {
            query: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The search text.
                 * @example refund order 10482
                 */
                q: string;
                /**
                 * @description Only hits of these types (comma-separated); all types when absent.
                 * @example [
                 *       "conversation",
                 *       "contact"
                 *     ]
                 */
                types?: components["schemas"]["SearchHitType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of hits, best match first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The workspace settings. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceSettingsUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated workspace settings. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listSlaPolicies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of SLA policies, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listSnippets: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of snippets, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createSnippet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnippetCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created snippet. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snippet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getServiceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The current service status. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only the direct children of this tag.
                 * @example tag_1Bm4Qa
                 */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of tags (flat), oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created tag. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The tag. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The tag was deleted. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tag_3Jd8Vc */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated tag. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getTagTree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The tag tree. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagTree"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of teams, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team's id.
                 * @example tea_8Hq2Lm
                 */
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The team. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only users with this role. */
                role?: components["schemas"]["UserRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of users, oldest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example usr_5Tn7Kq
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The user. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    setUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example usr_2Jc7Rt
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoleSet"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The user's new role assignment. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoleAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInvitationCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The invitation. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    createVoiceCall: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoiceCallCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The call, queued. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCall"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Only endpoints that are (or are not) active. */
                active?: boolean;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only endpoints subscribed to this event type. */
                event?: components["schemas"]["WebhookEventType"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of webhook endpoints, oldest first. Secrets are never listed. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created endpoint, with its signing secret (shown once). */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The endpoint (without its secret). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The endpoint is deleted. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The updated endpoint. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only deliveries of this event type. */
                eventType?: components["schemas"]["WebhookEventType"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
            };
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of deliveries, newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id.
                 * @example dlv_7Qm2Xc9V
                 */
                deliveryId: string;
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The delivery. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The delivery's id.
                 * @example dlv_7Qm2Xc9V
                 */
                deliveryId: string;
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The redelivery is queued. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The new secret (shown once) and when the previous one stops signing. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    sendWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example whk_5Tn8LqR2
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookTestEventCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The test delivery, whatever the endpoint answered (see `statusCode` and `success`). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    getWidgetConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The widget configuration. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    createWidgetConversation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetConversationCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created conversation with its first message. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetConversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    sendWidgetMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key with the same body within 24 h replays the first
                 *     answer; the same key with another body answers 409 `IDEMPOTENCY_KEY_REUSED`.
                 * @example 5f0c6f1e-8d0f-4c9a-9a77-0b0c2b0f3c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A conversation started from this widget's channel.
                 * @example cnv_7Qe4Vb
                 */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetMessageCreate"];
            };
        };
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description The created message. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
        };
    };
    onContactCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onContactUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConversationAssigned: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAssignedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConversationCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConversationStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationStatusChangedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onKbArticlePublished: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KbArticlePublishedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMessageCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the event; the same on every retry of it. Use it to de-duplicate.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated signatures `v1,<base64>`; one per active secret, so two during the 24 h
                 *     after a rotation. Accept the delivery when any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": string;
                /**
                 * @description When this attempt was sent, in Unix seconds. Reject it when more than 300 s from now.
                 * @example 1793612460
                 */
                "webhook-timestamp": number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreatedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged. Any other answer, or none within 15 s, is retried with exponential backoff (5 s, 20 s, 80 s, … capped at 1 h; 8 attempts in all). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1AnalyticsConversationVolumeGetParametersQueryIntervalValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/analytics/conversation-volume"]["get"]["parameters"]["query"]["interval"]> = ["day", "week"];
export const agentAvailabilityStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgentAvailabilityStatus"]> = ["online", "away", "offline"];
export const automationTriggerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AutomationTrigger"]> = ["conversation_created", "conversation_updated", "message_received", "time_elapsed"];
export const billingSubscriptionBillingIntervalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingSubscription"]["billingInterval"]> = ["month", "year"];
export const billingSubscriptionPlanValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingSubscription"]["plan"]> = ["starter", "growth", "business", "enterprise"];
export const billingSubscriptionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingSubscription"]["status"]> = ["trialing", "active", "past_due", "canceled"];
export const bulkJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BulkJobStatus"]> = ["queued", "running", "succeeded", "failed"];
export const bulkOperationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BulkOperation"]> = ["close_conversations", "tag_conversations", "delete_contacts"];
export const channelTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChannelType"]> = ["email", "chat", "whatsapp", "sms"];
export const contactCreatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContactCreatedEvent"]["type"]> = ["contact.created"];
export const contactFieldTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContactFieldType"]> = ["text", "number", "boolean", "date", "select"];
export const contactUpdatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContactUpdatedEvent"]["type"]> = ["contact.updated"];
export const conversationAssignedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationAssignedEvent"]["type"]> = ["conversation.assigned"];
export const conversationChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationChannel"]> = ["email", "chat", "whatsapp", "sms", "api"];
export const conversationCreatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationCreatedEvent"]["type"]> = ["conversation.created"];
export const conversationMessageAuthorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationMessageAuthorType"]> = ["contact", "agent", "bot"];
export const conversationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationStatus"]> = ["open", "pending", "snoozed", "closed"];
export const conversationStatusChangedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationStatusChangedEvent"]["type"]> = ["conversation.status_changed"];
export const conversationVolumeReportIntervalValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConversationVolumeReport"]["interval"]> = ["day", "week"];
export const environmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Environment"]> = ["production", "sandbox"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["VALIDATION_FAILED", "API_KEY_MISSING", "API_KEY_MALFORMED", "API_KEY_INVALID", "API_KEY_REVOKED", "API_KEY_EXPIRED", "API_KEY_INACTIVE", "TOKEN_INVALID", "TOKEN_EXPIRED", "TENANT_SUSPENDED", "INSUFFICIENT_SCOPE", "ENDPOINT_NOT_PUBLIC", "ENDPOINT_RESERVED", "ENVIRONMENT_MISMATCH", "IP_NOT_ALLOWED", "ORIGIN_NOT_ALLOWED", "NOT_FOUND", "CONFLICT", "IDEMPOTENCY_KEY_REUSED", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE"];
export const kbArticlePublishedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KbArticlePublishedEvent"]["type"]> = ["kb_article.published"];
export const kbArticleStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KbArticleStatus"]> = ["draft", "published", "archived"];
export const messageCreatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MessageCreatedEvent"]["type"]> = ["message.created"];
export const notificationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NotificationType"]> = ["conversation_assigned", "mention", "sla_breach", "csat_received"];
export const rateLimitTierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RateLimitTier"]> = ["standard", "elevated", "enterprise"];
export const scopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scope"]> = ["knowledge:read", "knowledge:write", "conversations:read", "conversations:write", "contacts:read", "contacts:write", "tags:read", "tags:write", "analytics:read", "analytics:write", "users:read", "users:write", "settings:read", "settings:write", "search:read", "search:write", "bulk:read", "bulk:write", "webhooks:read", "webhooks:write", "channels:read", "channels:write", "automations:read", "automations:write", "agents:read", "agents:write", "snippets:read", "snippets:write", "sla:read", "sla:write", "attachments:read", "attachments:write", "notifications:read", "notifications:write", "teams:read", "teams:write", "csat:read", "csat:write", "status:read", "status:write"];
export const scopeBundleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScopeBundle"]> = ["basic", "read_all", "write_all", "full_access", "analytics_only", "integration"];
export const searchHitTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SearchHitType"]> = ["conversation", "contact", "article"];
export const serviceStatusLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceStatusLevel"]> = ["operational", "degraded", "outage"];
export const slaPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SlaPriority"]> = ["low", "normal", "high", "urgent"];
export const userInvitationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserInvitation"]["status"]> = ["pending", "accepted", "expired", "revoked"];
export const userRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserRole"]> = ["agent", "admin", "owner"];
export const voiceCallStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VoiceCall"]["status"]> = ["queued", "ringing", "in_progress", "completed", "no_answer", "busy", "failed"];
export const webhookDeliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDeliveryStatus"]> = ["pending", "succeeded", "failed"];
export const webhookEndpointStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEndpointStatus"]> = ["healthy", "failing"];
export const webhookEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEventType"]> = ["conversation.created", "conversation.status_changed", "conversation.assigned", "message.created", "contact.created", "contact.updated", "kb_article.published"];
export const weekdayValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Weekday"]> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const widgetBusinessHoursIntervalDayValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WidgetBusinessHoursInterval"]["day"]> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const widgetConversationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WidgetConversation"]["status"]> = ["open", "pending", "snoozed", "closed"];
export const widgetMessageAuthorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WidgetMessage"]["authorType"]> = ["visitor", "agent", "bot"];
