// generated from openapi/atender.yaml by scripts/generate.ts — do not edit

/** Requests per window of each rate-limit tier. */
export const RATE_LIMIT_TIERS = {
  standard: { minute: 600, day: 50000 },
  elevated: { minute: 1200, day: 200000 },
  enterprise: { minute: 6000, day: 2000000 },
} as const;
export type RateLimitTier = keyof typeof RATE_LIMIT_TIERS;

/** The windows every tier has, with their length in seconds. */
export const RATE_LIMIT_WINDOWS = { minute: 60, day: 86400 } as const;
export type RateLimitWindow = keyof typeof RATE_LIMIT_WINDOWS;
