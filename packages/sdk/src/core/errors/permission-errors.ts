import type { PermissionErrorCode, Scope } from '@atender/contract';
import { ApiError, type ApiErrorInit } from './api-error.js';

/** 403: the credential is known but may not do this; a subclass per documented code. */
export class PermissionError<C extends PermissionErrorCode | null = PermissionErrorCode | null> extends ApiError<C> {
  static override readonly errorName: string = 'PermissionError';
}

/** The scopes an `INSUFFICIENT_SCOPE` answer names. */
export interface ScopeRequirement {
  readonly requiredScopes: readonly Scope[];
  readonly grantedScopes: readonly Scope[];
}

/** 403 `INSUFFICIENT_SCOPE`: the key lacks the scope the operation needs. */
export class InsufficientScopeError extends PermissionError<'INSUFFICIENT_SCOPE'> {
  static override readonly errorName: string = 'InsufficientScopeError';
  /** What the operation needs (from the body, else from `WWW-Authenticate`). */
  readonly requiredScopes: readonly Scope[];
  /** What the credential has; empty when the server did not say. */
  readonly grantedScopes: readonly Scope[];

  constructor(init: ApiErrorInit, scopes: ScopeRequirement) {
    super(init);
    this.requiredScopes = scopes.requiredScopes;
    this.grantedScopes = scopes.grantedScopes;
  }
}

/** 403 `ENDPOINT_NOT_PUBLIC`: a dashboard-only endpoint; only a user session reaches it. */
export class EndpointNotPublicError extends PermissionError<'ENDPOINT_NOT_PUBLIC'> {
  static override readonly errorName: string = 'EndpointNotPublicError';
}

/** 403 `ENDPOINT_RESERVED`: in the contract but not released yet. */
export class EndpointReservedError extends PermissionError<'ENDPOINT_RESERVED'> {
  static override readonly errorName: string = 'EndpointReservedError';
}

/** 403 `ENVIRONMENT_MISMATCH`: a sandbox key against production or the reverse. */
export class EnvironmentMismatchError extends PermissionError<'ENVIRONMENT_MISMATCH'> {
  static override readonly errorName: string = 'EnvironmentMismatchError';
}

/** 403 `IP_NOT_ALLOWED`: the caller's IP is not on the key's allow-list. */
export class IpNotAllowedError extends PermissionError<'IP_NOT_ALLOWED'> {
  static override readonly errorName: string = 'IpNotAllowedError';
}

/** 403 `ORIGIN_NOT_ALLOWED`: the page's Origin is not on the publishable key's allow-list. */
export class OriginNotAllowedError extends PermissionError<'ORIGIN_NOT_ALLOWED'> {
  static override readonly errorName: string = 'OriginNotAllowedError';
}
