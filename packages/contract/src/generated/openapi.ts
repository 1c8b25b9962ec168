// generated from openapi/atender.yaml by scripts/generate.ts — do not edit
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        /**
         * @description Cursor of the next page, `null` on the last page.
         * @example eyJvZmZzZXQiOjI1fQ
         */
        NextCursor: string | null;
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
            /** @enum {string} */
            window: "minute" | "day";
        };
        /**
         * @description A key's rate-limit tier (limits in the document's `x-rate-limit-tiers`).
         * @enum {string}
         */
        RateLimitTier: "standard" | "elevated" | "enterprise";
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
        /**
         * Format: date-time
         * @example 2026-11-02T09:41:00Z
         */
        Timestamp: string;
        ValidationProblem: components["schemas"]["Problem"] & {
            errors: components["schemas"]["FieldError"][];
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
export type ApiKeyInfo = components['schemas']['ApiKeyInfo'];
export type Deleted = components['schemas']['Deleted'];
export type Environment = components['schemas']['Environment'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type FieldError = components['schemas']['FieldError'];
export type Id = components['schemas']['Id'];
export type KbArticle = components['schemas']['KbArticle'];
export type KbArticleCreate = components['schemas']['KbArticleCreate'];
export type KbArticlePage = components['schemas']['KbArticlePage'];
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
export type NextCursor = components['schemas']['NextCursor'];
export type PermissionProblem = components['schemas']['PermissionProblem'];
export type Problem = components['schemas']['Problem'];
export type RateLimitProblem = components['schemas']['RateLimitProblem'];
export type RateLimitTier = components['schemas']['RateLimitTier'];
export type Scope = components['schemas']['Scope'];
export type ScopeBundle = components['schemas']['ScopeBundle'];
export type Timestamp = components['schemas']['Timestamp'];
export type ValidationProblem = components['schemas']['ValidationProblem'];
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
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const environmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Environment"]> = ["production", "sandbox"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["VALIDATION_FAILED", "API_KEY_MISSING", "API_KEY_MALFORMED", "API_KEY_INVALID", "API_KEY_REVOKED", "API_KEY_EXPIRED", "API_KEY_INACTIVE", "TOKEN_INVALID", "TOKEN_EXPIRED", "TENANT_SUSPENDED", "INSUFFICIENT_SCOPE", "ENDPOINT_NOT_PUBLIC", "ENDPOINT_RESERVED", "ENVIRONMENT_MISMATCH", "IP_NOT_ALLOWED", "ORIGIN_NOT_ALLOWED", "NOT_FOUND", "CONFLICT", "IDEMPOTENCY_KEY_REUSED", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE"];
export const kbArticleStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["KbArticleStatus"]> = ["draft", "published", "archived"];
export const rateLimitProblemWindowValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RateLimitProblem"]["window"]> = ["minute", "day"];
export const rateLimitTierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RateLimitTier"]> = ["standard", "elevated", "enterprise"];
export const scopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scope"]> = ["knowledge:read", "knowledge:write", "conversations:read", "conversations:write", "contacts:read", "contacts:write", "tags:read", "tags:write", "analytics:read", "analytics:write", "users:read", "users:write", "settings:read", "settings:write", "search:read", "search:write", "bulk:read", "bulk:write", "webhooks:read", "webhooks:write", "channels:read", "channels:write", "automations:read", "automations:write", "agents:read", "agents:write", "snippets:read", "snippets:write", "sla:read", "sla:write", "attachments:read", "attachments:write", "notifications:read", "notifications:write", "teams:read", "teams:write", "csat:read", "csat:write", "status:read", "status:write"];
export const scopeBundleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScopeBundle"]> = ["basic", "read_all", "write_all", "full_access", "analytics_only", "integration"];
