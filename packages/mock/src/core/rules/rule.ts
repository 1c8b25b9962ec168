/**
 * What every rule of the pipeline takes and gives. A rule is a function of the request's facts
 * and the state it names; it either passes (possibly with something learned, like the caller)
 * or refuses with one problem.
 */
import type { CredentialScheme, Environment, OperationRule } from '@atender/contract';
import type { Refusal } from '../problem.js';

/** What the pipeline knows about a request before any rule runs. */
export interface RequestFacts {
  readonly requestId: string;
  readonly method: string;
  readonly url: URL;
  /** The environment the host serves. */
  readonly hostEnvironment: Environment;
  readonly operation: OperationRule;
  /** Raw `Authorization` header. */
  readonly authorization: string | null;
  /** Raw `X-API-Key` header. */
  readonly apiKeyHeader: string | null;
  readonly clientIp: string;
  /** The `Origin` header (or the mock's simulated origin). */
  readonly origin: string | null;
  readonly now: number;
}

/** A rule's verdict: pass with a value, or refuse. */
export type RuleOutcome<T = undefined> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

/** Passes with a value. */
export const pass = <T = undefined>(value?: T): RuleOutcome<T> => ({ ok: true, value: value as T });

/** Refuses. */
export const fail = (refusal: Refusal): RuleOutcome<never> => ({ ok: false, refusal });

/** The scheme a credential arrived by; visibility is checked against the operation's schemes. */
export type ArrivedBy = CredentialScheme;
