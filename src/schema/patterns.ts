// The controlled vocabulary of the data format: ids, patterns and the values of every enumeration.

export const JURISDICTION_ID = /^[a-z]{2}(-[a-z0-9]{1,3})?$/;

/** Durations as they appear in data: 6m, 2y, 1y6m, 30d, 20y1d, life. */
export const DURATION = /^(?:life|(?=\d)(?:\d{1,3}y)?(?:\d{1,4}m)?(?:\d{1,5}d)?)$/;

/** A calendar day as data files write it. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day, a month or a year, as precise as the source: "2006-09-29", "2006-09", "2006". */
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export const LEGAL_SYSTEMS = ['common_law', 'civil_law', 'islamic_law', 'mixed', 'socialist_law', 'customary_law'] as const;
export const JURISDICTION_KINDS = ['country', 'subdivision'] as const;
export const CORPORAL_KINDS = ['caning', 'flogging', 'whipping', 'lashes'] as const;
export const COMBINATIONS = ['and', 'or', 'and_or', 'and_optional'] as const;
export const CONFIDENCES = ['verified', 'reported', 'unverified'] as const;

/** What a page is: only the text of the law itself (or the depositary's register) supports "verified". */
export const SOURCE_KINDS = ['statute_official', 'statute_copy', 'treaty_depositary', 'official_guidance', 'secondary', 'dataset'] as const;
/** The text of the law itself, official or a faithful copy: what a verified offence figure rests on. */
export const STATUTE_SOURCE_KINDS: ReadonlySet<string> = new Set(['statute_official', 'statute_copy']);
export const PRIMARY_SOURCE_KINDS: ReadonlySet<string> = new Set([...STATUTE_SOURCE_KINDS, 'treaty_depositary']);

/** Acts of a state towards an instrument; the first five make it a party. */
export const TREATY_ACTS = ['signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession', 'entry_into_force', 'denunciation', 'withdrawal', 'transposition'] as const;
export const CONSENT_ACTS: ReadonlySet<string> = new Set(['ratification', 'accession', 'acceptance', 'approval', 'succession']);
export const EXIT_ACTS: ReadonlySet<string> = new Set(['denunciation', 'withdrawal']);
/** Standing stated with a dated source where no event gives it. */
export const STATED_STATUSES = ['party', 'signatory', 'not_party', 'bound'] as const;
/** Standing derived from events (or stated). */
export const TREATY_STATUSES = ['party', 'signatory', 'not_party', 'withdrawn', 'bound'] as const;
export const INSTRUMENT_KINDS = ['convention', 'protocol', 'directive'] as const;

export const VIRTUAL_COVERAGE = ['yes', 'no', 'partly'] as const;
export const SENTENCING_KINDS = ['guideline', 'statistics'] as const;
export const UN_STATUSES = ['member', 'observer', 'non_member'] as const;

/** Currencies: ISO 4217, as the runtime's ICU knows them (the current codes and a few recent ones). */
export const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
