import type { ErrorCode } from '@atender/contract';
import { AtenderError } from './atender-error.js';

/** What {@link errorFromResponse} read from one non-2xx answer; credentials already removed. */
export interface ApiErrorInit {
  readonly status: number;
  /** The documented `code` of the body, `null` when the body had none or an unknown one. */
  readonly code: ErrorCode | null;
  /** The `code` member exactly as sent, also when the SDK does not know it. */
  readonly rawCode: string | null;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  /** Response headers, lower-cased, credential headers redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or the text when it was not JSON; credentials redacted. */
  readonly body: unknown;
  readonly method: string;
  /** The request URL (never carries a credential). */
  readonly url: string;
  /** When the answer arrived, for fields relative to it (`resetAt`). */
  readonly receivedAt: number;
}

/**
 * The API answered with a non-2xx status. Subclasses narrow by status and `code`; an unknown
 * 4xx without a subclass stays an `ApiError`.
 */
export class ApiError<C extends ErrorCode | null = ErrorCode | null> extends AtenderError {
  static override readonly errorName: string = 'ApiError';
  readonly status: number;
  readonly code: C;
  readonly rawCode: string | null;
  readonly title: string;
  readonly detail: string | undefined;
  /** The `X-Request-Id` (or the body's `requestId`): quote it to support. */
  readonly requestId: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly method: string;
  readonly url: string;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.status = init.status;
    this.code = init.code as C;
    this.rawCode = init.rawCode;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
  }
}

function describe(init: ApiErrorInit): string {
  const code = init.rawCode ?? 'no code';
  const text = init.detail && init.detail !== init.title ? `${init.title} ${init.detail}` : init.title;
  const request = init.requestId ? ` (request ${init.requestId})` : '';
  return `${init.method} ${init.url} answered ${init.status} ${code}: ${text}${request}`;
}
