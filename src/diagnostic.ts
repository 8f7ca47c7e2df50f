export type Severity = 'error' | 'warning';
export type DocumentPath = ReadonlyArray<string | number>;

interface RuleInfo {
  severity: Severity;
  /** The heading of docs/DIAGNOSTICS.md the rule is listed under. */
  group: 'Reading the file' | 'YAML' | 'Schema' | 'References and identity' | 'Figures' | 'Dates and versions' | 'Treaties' | 'Style and freshness';
  /** When the rule fires, as docs/DIAGNOSTICS.md says it (generated from here). */
  summary: string;
}

/** Every rule the validator has: one id, one default severity, one sentence. */
export const RULES = {
  'file/unreadable': { severity: 'error', group: 'Reading the file', summary: 'the file cannot be opened or read' },
  'file/not-regular': { severity: 'error', group: 'Reading the file', summary: 'a symbolic link, a directory named `*.yaml`, a pipe or a device: data files must be regular files inside the folder' },
  'file/too-large': { severity: 'error', group: 'Reading the file', summary: 'over 1 MiB (checked before reading)' },
  'file/encoding': { severity: 'error', group: 'Reading the file', summary: 'not valid UTF-8; the position of the first bad byte is given. A UTF-8 BOM is accepted' },
  'file/empty': { severity: 'error', group: 'Reading the file', summary: 'no YAML document in the file' },
  'file/extension': { severity: 'warning', group: 'Reading the file', summary: 'a `*.yml` (or upper-case) file that is not read because data files end in `.yaml`' },
  'yaml/syntax': { severity: 'error', group: 'YAML', summary: 'a syntax error (bad indentation, tab indentation, unclosed bracket, ...); one per line' },
  'yaml/duplicate-key': { severity: 'error', group: 'YAML', summary: 'the same key twice in one mapping' },
  'yaml/multiple-documents': { severity: 'error', group: 'YAML', summary: 'a second `---` document' },
  'yaml/non-string-key': { severity: 'error', group: 'YAML', summary: 'a key that is a list or mapping' },
  'yaml/alias-not-allowed': { severity: 'error', group: 'YAML', summary: 'an anchor or alias (`&a`, `*a`): data files write values out, which also rules out "billion laughs"' },
  'yaml/tag': { severity: 'error', group: 'YAML', summary: 'an explicit tag such as `!!js/function` or `!!str`' },
  'yaml/too-complex': { severity: 'error', group: 'YAML', summary: "nesting too deep or input too malformed to read; the parser's own limit" },
  'yaml/ambiguous-scalar': { severity: 'warning', group: 'YAML', summary: 'a plain value that YAML 1.1 readers (PyYAML, many CI tools) would read differently: `yes`, `no`, `on`, `off`, `y`; write `true`/`false` or quote it' },
  'yaml/unquoted-date': { severity: 'warning', group: 'YAML', summary: 'an unquoted date such as `2026-11-28`: PyYAML, js-yaml and ruamel read it as a date object, so JSON Schema tools reject the file; quote it (`jurisdiff fmt` does)' },
  'yaml/warning': { severity: 'warning', group: 'YAML', summary: 'any other warning of the YAML parser' },
  'schema/required': { severity: 'error', group: 'Schema', summary: 'a required key is missing' },
  'schema/unknown-key': { severity: 'error', group: 'Schema', summary: 'a key the format does not have (a typo, or `__proto__`/`constructor`)' },
  'schema/type': { severity: 'error', group: 'Schema', summary: 'the wrong kind of value: text where `true`/`false` is expected, a list where a mapping is' },
  'schema/enum': { severity: 'error', group: 'Schema', summary: 'a value outside its list (`kind`, `region`, `legal_system`, `confidence`, a source `kind`, an event `act`, ...)' },
  'schema/invalid': { severity: 'error', group: 'Schema', summary: 'a malformed value: duration (`6m`, `2y`, `1y6m`, `life`), a currency not in ISO 4217, an impossible date (`2027-02-29`), a URL that is not http(s), a key format, a negative or infinite amount, or text with a control or bidirectional-override character' },
  'id/file-name': { severity: 'error', group: 'References and identity', summary: '`id` differs from the file name, or the file name is not an id' },
  'ref/unknown-country': { severity: 'error', group: 'References and identity', summary: 'a country file whose id is not in `_registry/countries.yaml`' },
  'ref/region': { severity: 'error', group: 'References and identity', summary: "a `region` other than the country registry's (a subdivision's must be its country's)" },
  'ref/parent': { severity: 'error', group: 'References and identity', summary: "a country with a parent, a subdivision without one, or a subdivision id that does not start with its parent's" },
  'ref/unknown-jurisdiction': { severity: 'error', group: 'References and identity', summary: 'a query (the library\'s `lookupJurisdiction`) named a jurisdiction the data set does not have; the CLI reports it as a usage error (exit 2)' },
  'ref/unknown-parent': { severity: 'error', group: 'References and identity', summary: 'the parent has no file in the folder' },
  'ref/parent-not-country': { severity: 'error', group: 'References and identity', summary: 'the parent is itself a subdivision' },
  'ref/unknown-source': { severity: 'error', group: 'References and identity', summary: 'a `sources:` list names a key missing from the `sources` block' },
  'ref/unused-source': { severity: 'error', group: 'References and identity', summary: 'a source is never cited (in a `sources:` list or as `[key]` in a note)' },
  'ref/duplicate-source': { severity: 'warning', group: 'References and identity', summary: 'two source keys for the same URL: one page, cited under one key' },
  'ref/unknown-offence': { severity: 'error', group: 'References and identity', summary: 'an offence key missing from `_registry/offences.yaml`' },
  'ref/unknown-treaty': { severity: 'error', group: 'References and identity', summary: 'a treaty key missing from `_registry/treaties.yaml`' },
  'ref/unknown-kind': { severity: 'error', group: 'References and identity', summary: 'an aggravation or defence kind missing from `_registry/aggravations.yaml` or `_registry/defences.yaml`' },
  'range/min-above-max': { severity: 'error', group: 'Figures', summary: 'minimum above maximum: imprisonment (also in aggravations, versions and sentencing ranges), fine, strokes' },
  'range/zero': { severity: 'error', group: 'Figures', summary: 'a maximum term of zero (`0y`): a maximum is positive' },
  'range/empty': { severity: 'error', group: 'Figures', summary: 'an imprisonment with neither `min` nor `max`; a fine with no amount, `unlimited` or `note`; an effect with neither `increase` nor `add`' },
  'money/no-currency': { severity: 'error', group: 'Figures', summary: 'a fine amount without `currency` or `unit`' },
  'money/currency-and-unit': { severity: 'error', group: 'Figures', summary: 'both `currency` and `unit`' },
  'money/unlimited-with-amount': { severity: 'error', group: 'Figures', summary: '`unlimited: true` together with amounts' },
  'offence/penalty-not-criminalised': { severity: 'error', group: 'Figures', summary: 'penalties, or `wider_offence`, given for an offence (or version) marked `criminalised: false`' },
  'aggravation/victim-age': { severity: 'error', group: 'Figures', summary: '`victim_age` on an aggravation that is not of kind `victim_under_age`, or that kind without it' },
  'confidence/no-source': { severity: 'error', group: 'Figures', summary: '`verified` or `reported` with no source' },
  'confidence/verified-without-statute': { severity: 'error', group: 'Figures', summary: "`verified` without the text of the law among the sources cited: a `statute_official` or `statute_copy` source (for a treaty, also `treaty_depositary`); an explainer, however official, supports `reported`" },
  'date/future': { severity: 'error', group: 'Dates and versions', summary: "a date after today (`reviewed`, `accessed`, a version's `until`, treaty events); an `in_force` in the future is an announced change and allowed" },
  'history/order': { severity: 'error', group: 'Dates and versions', summary: 'versions not newest first, a version whose `from` is after its `until`, or periods that overlap' },
  'history/after-current': { severity: 'error', group: 'Dates and versions', summary: "a version ending on or after the day the current figures apply from (`in_force`)" },
  'history/no-in-force': { severity: 'error', group: 'Dates and versions', summary: 'an entry with `history` but no `in_force`: the day the current figures apply from is needed to place the versions' },
  'date/ratified-before-signed': { severity: 'error', group: 'Treaties', summary: 'a ratification (or acceptance, approval) before the signature' },
  'date/before-opening': { severity: 'error', group: 'Treaties', summary: 'a treaty event before the instrument opened for signature (a month or year counts from its last day)' },
  'treaty/status-conflict': { severity: 'error', group: 'Treaties', summary: 'a stated `status` that contradicts the events (`not_party` with a ratification), or a stated `status` without `as_of`' },
  'treaty/status-missing': { severity: 'error', group: 'Treaties', summary: 'a treaty entry with neither events nor a stated `status`' },
  'treaty/on-subdivision': { severity: 'error', group: 'Treaties', summary: 'a subdivision sets `treaties`; they come from the country' },
  'treaty/count-mismatch': { severity: 'warning', group: 'Treaties', summary: "the number of parties in the data on the registry count's date differs from the count the registry records, and from the explained `gap` (checked only for a folder with its own `_registry/treaties.yaml`)" },
  'freshness/stale': { severity: 'warning', group: 'Style and freshness', summary: '`reviewed` longer ago than `--max-age`' },
  'style/modeline': { severity: 'warning', group: 'Style and freshness', summary: 'line 1 is not the `# yaml-language-server: $schema=…jurisdiction.schema.json` modeline' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** One problem found in a data file. Plain data: formatting happens in render/. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  path: DocumentPath;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
