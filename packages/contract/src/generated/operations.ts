// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

import type { Scope } from './scopes.js';

/** Who may reach an operation besides its scope. */
export type Visibility = 'public' | 'dashboard' | 'widget';
export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';
export type CredentialScheme = 'apiKey' | 'apiKeyHeader' | 'session' | 'publishableKey';

/** The rules of one operation, read from its `security` and `x-` extensions. */
export interface OperationRule {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The templated path, e.g. `/api/v1/kb/articles/{articleId}`. */
  readonly path: string;
  /** The one scope the operation needs, or `null` when it needs none. */
  readonly scope: Scope | null;
  /** The security schemes that may call it. */
  readonly credentials: readonly CredentialScheme[];
  readonly visibility: Visibility;
  /** In the contract but not released: answers `ENDPOINT_RESERVED`. */
  readonly reserved: boolean;
  /** Units of the rate-limit budget one call spends. */
  readonly cost: number;
}

/** Every operation of the spec, sorted by path then method. */
export const OPERATIONS = [
  { operationId: "getApiKeyInfo", method: "get", path: "/api/v1/auth/key", scope: null, credentials: ["apiKey", "apiKeyHeader"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbArticles", method: "get", path: "/api/v1/kb/articles", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbArticle", method: "post", path: "/api/v1/kb/articles", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbArticle", method: "get", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbArticle", method: "patch", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbArticle", method: "delete", path: "/api/v1/kb/articles/{articleId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbCategories", method: "get", path: "/api/v1/kb/categories", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbCategory", method: "post", path: "/api/v1/kb/categories", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbCategory", method: "get", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbCategory", method: "patch", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbCategory", method: "delete", path: "/api/v1/kb/categories/{categoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "searchKbArticles", method: "get", path: "/api/v1/kb/search", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbSubcategories", method: "get", path: "/api/v1/kb/subcategories", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbSubcategory", method: "post", path: "/api/v1/kb/subcategories", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbSubcategory", method: "get", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbSubcategory", method: "patch", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbSubcategory", method: "delete", path: "/api/v1/kb/subcategories/{subcategoryId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "listKbTags", method: "get", path: "/api/v1/kb/tags", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "createKbTag", method: "post", path: "/api/v1/kb/tags", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "getKbTag", method: "get", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:read", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "updateKbTag", method: "patch", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
  { operationId: "deleteKbTag", method: "delete", path: "/api/v1/kb/tags/{kbTagId}", scope: "knowledge:write", credentials: ["apiKey", "apiKeyHeader", "session"], visibility: "public", reserved: false, cost: 1 },
] as const satisfies readonly OperationRule[];

/** Every operationId. */
export type OperationId = (typeof OPERATIONS)[number]['operationId'];

/** Path → method → required scope (`null`: none), for type-level scope checks. */
export interface PathScopes {
  "/api/v1/auth/key": { get: null };
  "/api/v1/kb/articles": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/articles/{articleId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/categories": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/categories/{categoryId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/search": { get: "knowledge:read" };
  "/api/v1/kb/subcategories": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/subcategories/{subcategoryId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
  "/api/v1/kb/tags": { get: "knowledge:read"; post: "knowledge:write" };
  "/api/v1/kb/tags/{kbTagId}": { get: "knowledge:read"; patch: "knowledge:write"; delete: "knowledge:write" };
}
