// Patterns and names the query path needs, kept apart from primitives.ts so that using them does not load
// the schema library (zod): `show` and `compare` start faster without it.

export const JURISDICTION_ID = /^[a-z]{2}(-[a-z0-9]{1,3})?$/;

/** Durations as they appear in data: 6m, 2y, 1y6m, 30d, life. */
export const DURATION = /^(?:life|(?=\d)(?:\d{1,3}y)?(?:\d{1,4}m)?(?:\d{1,5}d)?)$/;

/** A calendar date as data files write it. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export const LEGAL_SYSTEMS = [
  'common_law',
  'civil_law',
  'islamic_law',
  'mixed',
  'socialist_law',
  'customary_law',
] as const;
export const JURISDICTION_KINDS = ['country', 'subdivision'] as const;
export const TREATY_STATUSES = ['party', 'signed', 'not_signed', 'withdrawn'] as const;
export const CORPORAL_KINDS = ['caning', 'flogging', 'whipping', 'lashes'] as const;
export const COMBINATIONS = ['and', 'or', 'and_or', 'and_optional'] as const;
