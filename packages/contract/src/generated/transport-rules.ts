// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

/** Rate-limit budget units of every operation that spends other than 1, keyed `METHOD /templated/path`. */
export const OPERATION_COSTS: Readonly<Record<string, number>> = {
  "POST /api/v1/bulk/jobs": 10,
};

/** The operations a publishable key may call (visibility `widget`), as `METHOD /templated/path`. */
export const WIDGET_OPERATIONS: readonly string[] = [
  "GET /api/v1/widget/config",
  "POST /api/v1/widget/conversations",
  "POST /api/v1/widget/conversations/{conversationId}/messages",
];
