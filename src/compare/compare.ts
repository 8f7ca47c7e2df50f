import type { Confidence } from '../schema/primitives.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import type { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { Resolved } from '../model/resolve.js';
import { FIELD_GROUPS, type FieldGroup } from '../model/select.js';

/** How a renderer should read a cell's value. */
export type CellKind =
  | 'criminalised'
  | 'text'
  | 'imprisonment'
  | 'fine'
  | 'corporal'
  | 'boolean'
  | 'aggravations'
  | 'duration'
  | 'failure_penalty'
  | 'treaty'
  | 'confidence'
  | 'sources';

/** One jurisdiction's entry in a row. `value` undefined means nothing is recorded. */
export interface Cell {
  value: unknown;
  confidence?: Confidence;
  /** Statute the figure comes from, for --cite. */
  law?: string;
  /** Set when the value is inherited from the parent jurisdiction. */
  inheritedFrom?: string;
  /** The whole entry is absent: not researched (as opposed to an empty field of a researched entry). */
  notResearched?: boolean;
}

export interface Row {
  section: string;
  label: string;
  kind: CellKind;
  cells: Cell[];
}

export interface Comparison {
  ids: string[];
  names: string[];
  rows: Row[];
}

export interface CompareOptions {
  offences?: readonly string[];
  fields?: readonly FieldGroup[];
  /** Adds a row of source titles and URLs per section. */
  cite?: boolean;
  offenceRegistry?: OffenceRegistry;
  treatyRegistry?: TreatyRegistry;
}

type OffenceEntry = NonNullable<Jurisdiction['offences']>[string];

/** Lays several resolved jurisdictions side by side, one row per figure, grouped by section. */
export function compareJurisdictions(items: readonly Resolved[], options: CompareOptions = {}): Comparison {
  const fields = new Set<FieldGroup>(options.fields ?? FIELD_GROUPS);
  const rows: Row[] = [];
  const records = items.map((i) => i.record);

  if (fields.has('penalties')) {
    const keys = options.offences ?? orderedOffenceKeys(records, options.offenceRegistry);
    for (const key of keys) {
      const section = options.offenceRegistry?.[key]?.name ?? key;
      const entries = items.map((item) => ({ entry: item.record.offences?.[key], from: inherited(item, `offences.${key}`) }));
      const cell = (pick: (o: OffenceEntry) => unknown): Cell[] =>
        entries.map(({ entry, from }) =>
          entry
            ? { value: pick(entry), confidence: entry.confidence, law: entry.law, inheritedFrom: from }
            : { value: undefined, notResearched: true },
        );
      rows.push(
        { section, label: 'Criminalised', kind: 'criminalised', cells: cell((o) => o.criminalised) },
        { section, label: 'Law', kind: 'text', cells: cell((o) => o.law) },
        { section, label: 'Imprisonment', kind: 'imprisonment', cells: cell((o) => o.imprisonment) },
        { section, label: 'Fine', kind: 'fine', cells: cell((o) => (o.fine ? { fine: o.fine, combination: o.combination } : undefined)) },
      );
      if (entries.some(({ entry }) => entry?.corporal || entry?.aggravations?.some((a) => a.corporal))) {
        rows.push({ section, label: 'Corporal punishment', kind: 'corporal', cells: cell((o) => o.corporal) });
      }
      if (entries.some(({ entry }) => entry?.capital || entry?.aggravations?.some((a) => a.capital))) {
        rows.push({ section, label: 'Death penalty', kind: 'boolean', cells: cell((o) => o.capital ?? false) });
      }
      rows.push(
        { section, label: 'Aggravations', kind: 'aggravations', cells: cell((o) => o.aggravations) },
        { section, label: 'Confidence', kind: 'confidence', cells: cell((o) => o.confidence) },
      );
      if (options.cite) rows.push({ section, label: 'Sources', kind: 'sources', cells: citeCells(items, (r) => r.offences?.[key]?.sources) });
    }
  }

  if (fields.has('reporting')) {
    const section = 'Reporting duty';
    const cell = (pick: (r: NonNullable<Jurisdiction['reporting']>) => unknown): Cell[] =>
      items.map((item) => {
        const r = item.record.reporting;
        return r
          ? { value: pick(r), confidence: r.confidence, law: r.law, inheritedFrom: inherited(item, 'reporting') }
          : { value: undefined, notResearched: true };
      });
    rows.push(
      { section, label: 'Providers must report', kind: 'boolean', cells: cell((r) => r.isp_duty) },
      { section, label: 'Who', kind: 'text', cells: cell((r) => r.who) },
      { section, label: 'To', kind: 'text', cells: cell((r) => r.to) },
      { section, label: 'Law', kind: 'text', cells: cell((r) => r.law) },
      { section, label: 'Deadline', kind: 'text', cells: cell((r) => r.deadline) },
      { section, label: 'Preservation', kind: 'duration', cells: cell((r) => r.preservation) },
      { section, label: 'Penalty for failing', kind: 'failure_penalty', cells: cell((r) => r.failure_penalty) },
      { section, label: 'Confidence', kind: 'confidence', cells: cell((r) => r.confidence) },
    );
    if (options.cite) rows.push({ section, label: 'Sources', kind: 'sources', cells: citeCells(items, (r) => r.reporting?.sources) });
  }

  if (fields.has('treaties')) {
    const keys = orderedKeys(records.map((r) => Object.keys(r.treaties ?? {})), options.treatyRegistry);
    for (const key of keys) {
      rows.push({
        section: 'Treaties',
        label: options.treatyRegistry?.[key]?.short_name ?? key,
        kind: 'treaty',
        cells: items.map((item) => {
          const t = item.record.treaties?.[key];
          return t
            ? { value: t, confidence: t.confidence ?? 'unverified', inheritedFrom: inherited(item, 'treaties') }
            : { value: undefined, notResearched: true };
        }),
      });
    }
  }

  if (fields.has('icmec')) {
    const criteria: Array<[keyof NonNullable<Jurisdiction['icmec']>, string]> = [
      ['edition', 'Edition'],
      ['legislation', 'CSAM-specific legislation'],
      ['definition', 'Defines CSAM'],
      ['technology', 'Technology-facilitated offences'],
      ['possession', 'Simple possession'],
      ['isp_reporting', 'ISP reporting'],
    ];
    for (const [key, label] of criteria) {
      rows.push({
        section: 'ICMEC Global Review',
        label,
        kind: key === 'edition' ? 'text' : 'boolean',
        cells: items.map((item) => {
          const icmec = item.record.icmec;
          return icmec
            ? { value: key === 'edition' ? String(icmec.edition) : icmec[key], confidence: icmec.confidence ?? 'unverified', inheritedFrom: inherited(item, 'icmec') }
            : { value: undefined, notResearched: true };
        }),
      });
    }
  }

  return { ids: records.map((r) => r.id), names: records.map((r) => r.name), rows };
}

function inherited(item: Resolved, key: string): string | undefined {
  const from = item.origin[key];
  return from !== undefined && from !== item.record.id ? from : undefined;
}

function citeCells(items: readonly Resolved[], pick: (r: Jurisdiction) => string[] | undefined): Cell[] {
  return items.map((item) => {
    const keys = pick(item.record);
    if (!keys) return { value: undefined, notResearched: true };
    return { value: keys.map((k) => item.record.sources[k]).filter((s) => s !== undefined) };
  });
}

function orderedOffenceKeys(records: readonly Jurisdiction[], registry: OffenceRegistry | undefined): string[] {
  return orderedKeys(records.map((r) => Object.keys(r.offences ?? {})), registry);
}

/** Registry order first (it is the taxonomy's order), then any other key alphabetically. */
function orderedKeys(keyLists: string[][], registry: Record<string, unknown> | undefined): string[] {
  const present = new Set(keyLists.flat());
  const fromRegistry = Object.keys(registry ?? {}).filter((k) => present.has(k));
  const rest = [...present].filter((k) => !fromRegistry.includes(k)).sort();
  return [...fromRegistry, ...rest];
}
