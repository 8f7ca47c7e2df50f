import type { Dataset } from '../load/dataset.js';
import type { Confidence } from '../schema/primitives.js';
import type { Definitions, Jurisdiction, Offence, Reporting, Source, TreatyMembership } from '../schema/jurisdiction.js';
import { kindNames, type KindRegistry, type OffenceRegistry, type TreatyRegistry } from '../schema/registry.js';
import { recordOn, type InForce, type RecordOnDay } from '../model/as-of.js';
import type { Resolved } from '../model/resolve.js';
import { FIELD_GROUPS, type FieldGroup } from '../model/select.js';
import { standingOn, type Standing } from '../model/treaty-status.js';
import { isFineOnly } from '../model/offence-status.js';

/** How a renderer should read a cell's value. */
export type CellKind =
  | 'criminalised'
  | 'text'
  | 'note'
  | 'imprisonment'
  | 'fine'
  | 'corporal'
  | 'boolean'
  | 'aggravations'
  | 'defences'
  | 'sentencing'
  | 'in_force'
  | 'duration'
  | 'failure_penalty'
  | 'virtual'
  | 'extraterritorial'
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
  /** The day the figures are those in force on. */
  asOf: string;
  rows: Row[];
}

export interface CompareOptions {
  /** YYYY-MM-DD: the figures in force on that day (the caller's "today" by default). */
  asOf: string;
  offences?: readonly string[];
  fields?: readonly FieldGroup[];
  /** Adds a row of source titles and URLs per section. */
  cite?: boolean;
  offenceRegistry?: OffenceRegistry;
  treatyRegistry?: TreatyRegistry;
  aggravationRegistry?: KindRegistry;
  defenceRegistry?: KindRegistry;
}

/** The registries a comparison reads, from a data set's own _registry or the bundled one. */
export function comparisonRegistriesOf(dataset: Dataset): Pick<CompareOptions, 'offenceRegistry' | 'treatyRegistry' | 'aggravationRegistry' | 'defenceRegistry'> {
  return {
    offenceRegistry: dataset.registry('offences').value,
    treatyRegistry: dataset.registry('treaties').value,
    aggravationRegistry: dataset.registry('aggravations').value,
    defenceRegistry: dataset.registry('defences').value,
  };
}

/** What a treaty cell holds: the standing on the day, and the membership it was derived from. */
export interface TreatyCellValue {
  standing: Standing | undefined;
  membership: TreatyMembership;
}

/** An aggravation cell's value: the list, the basic term it raises, and the kind names. */
export interface AggravationsCellValue {
  aggravations: NonNullable<Offence['aggravations']>;
  basic: Offence['imprisonment'];
  kindNames: Record<string, string>;
}

/** Lays several resolved jurisdictions side by side, one row per figure, grouped by section. */
export function compareJurisdictions(items: readonly Resolved[], options: CompareOptions): Comparison {
  const fields = new Set<FieldGroup>(options.fields ?? FIELD_GROUPS);
  const rows: Row[] = [];
  const records: RecordOnDay[] = items.map((i) => recordOn(i.record, options.asOf));
  const inheritedAt = (i: number, key: string) => inherited(items[i]!, key);

  if (fields.has('definitions')) {
    const section = 'Definitions';
    const cell = (pick: (d: InForce<Definitions>) => unknown): Cell[] =>
      records.map((r, i) => (r.definitions ? { value: pick(r.definitions), confidence: r.definitions.confidence, law: r.definitions.law, inheritedFrom: inheritedAt(i, 'definitions') } : { value: undefined, notResearched: true }));
    rows.push(
      { section, label: 'Child: a person under', kind: 'text', cells: cell((d) => (d.child_age === undefined ? undefined : `${d.child_age} years`)) },
      { section, label: 'Drawn, CGI or AI material', kind: 'virtual', cells: cell((d) => d.virtual_material && { value: d.virtual_material, law: d.virtual_law }) },
      { section, label: 'Child-specific law', kind: 'boolean', cells: cell((d) => d.child_specific) },
      { section, label: 'Offences abroad', kind: 'extraterritorial', cells: cell((d) => d.extraterritorial) },
      { section, label: 'Law', kind: 'text', cells: cell((d) => d.law) },
      { section, label: 'Confidence', kind: 'confidence', cells: cell((d) => d.confidence) },
      { section, label: 'Note', kind: 'note', cells: cell((d) => d.note) },
    );
    if (options.cite) rows.push({ section, label: 'Sources', kind: 'sources', cells: citeCells(items, records, (r) => r.definitions?.sources) });
  }

  if (fields.has('penalties')) {
    const keys = options.offences ?? orderedKeys(records.map((r) => Object.keys(r.offences ?? {})), options.offenceRegistry);
    const aggravationNames = kindNames(options.aggravationRegistry);
    const defenceNames = kindNames(options.defenceRegistry);
    for (const key of keys) {
      const section = options.offenceRegistry?.[key]?.name ?? key;
      const cell = (pick: (o: InForce<Offence>) => unknown): Cell[] =>
        records.map((r, i) => {
          const entry = r.offences?.[key];
          return entry ? { value: pick(entry), confidence: entry.confidence, law: entry.law, inheritedFrom: inheritedAt(i, `offences.${key}`) } : { value: undefined, notResearched: true };
        });
      const entries = records.map((r) => r.offences?.[key]);
      // Shown only where it tells entries apart, like the corporal and death-penalty rows.
      const wider: Row[] = entries.some((e) => e?.wider_offence) ? [{ section, label: 'Under a wider offence', kind: 'boolean', cells: cell((o) => (o.criminalised ? (o.wider_offence ?? false) : undefined)) }] : [];
      rows.push(
        { section, label: 'Criminalised', kind: 'criminalised', cells: cell((o) => o.criminalised) },
        ...wider,
        { section, label: 'Law', kind: 'text', cells: cell((o) => o.law) },
        { section, label: 'In force', kind: 'in_force', cells: cell((o) => (o.in_force || o.until || o.next ? { in_force: o.in_force, until: o.until, next: o.next } : undefined)) },
        { section, label: 'Imprisonment', kind: 'imprisonment', cells: cell((o) => o.imprisonment ?? (isFineOnly(o) ? 'fine_only' : undefined)) },
        { section, label: 'Fine', kind: 'fine', cells: cell((o) => (o.fine ? { fine: o.fine, combination: o.combination, hasTerm: o.imprisonment !== undefined } : undefined)) },
      );
      if (entries.some((e) => e?.corporal || e?.aggravations?.some((a) => a.corporal))) rows.push({ section, label: 'Corporal punishment', kind: 'corporal', cells: cell((o) => o.corporal) });
      if (entries.some((e) => e?.capital || e?.aggravations?.some((a) => a.capital))) rows.push({ section, label: 'Death penalty', kind: 'boolean', cells: cell((o) => o.capital ?? false) });
      rows.push(
        { section, label: 'Aggravations', kind: 'aggravations', cells: cell((o) => o.aggravations && ({ aggravations: o.aggravations, basic: o.imprisonment, kindNames: aggravationNames } satisfies AggravationsCellValue)) },
        { section, label: 'Defences', kind: 'defences', cells: cell((o) => o.defences && { defences: o.defences, kindNames: defenceNames }) },
        { section, label: 'Typical sentences (practice, not law)', kind: 'sentencing', cells: cell((o) => o.sentencing) },
        { section, label: 'Confidence', kind: 'confidence', cells: cell((o) => o.confidence) },
        { section, label: 'Note', kind: 'note', cells: cell((o) => o.note) },
      );
      if (options.cite) rows.push({ section, label: 'Sources', kind: 'sources', cells: citeCells(items, records, (r) => r.offences?.[key]?.sources) });
    }
  }

  if (fields.has('reporting')) {
    const section = 'Reporting duty';
    const cell = (pick: (r: InForce<Reporting>) => unknown): Cell[] =>
      records.map((rec, i) => (rec.reporting ? { value: pick(rec.reporting), confidence: rec.reporting.confidence, law: rec.reporting.law, inheritedFrom: inheritedAt(i, 'reporting') } : { value: undefined, notResearched: true }));
    rows.push(
      { section, label: 'Providers must report', kind: 'boolean', cells: cell((r) => r.isp_duty) },
      { section, label: 'Who', kind: 'text', cells: cell((r) => r.who) },
      { section, label: 'To', kind: 'text', cells: cell((r) => r.to) },
      { section, label: 'Law', kind: 'text', cells: cell((r) => r.law) },
      { section, label: 'In force', kind: 'in_force', cells: cell((r) => (r.in_force || r.until ? { in_force: r.in_force, until: r.until, next: r.next } : undefined)) },
      { section, label: 'Deadline', kind: 'text', cells: cell((r) => r.deadline) },
      { section, label: 'Preservation', kind: 'duration', cells: cell((r) => r.preservation) },
      { section, label: 'Penalty for failing', kind: 'failure_penalty', cells: cell((r) => r.failure_penalty) },
      { section, label: 'Confidence', kind: 'confidence', cells: cell((r) => r.confidence) },
      { section, label: 'Note', kind: 'note', cells: cell((r) => r.note) },
    );
    if (options.cite) rows.push({ section, label: 'Sources', kind: 'sources', cells: citeCells(items, records, (r) => r.reporting?.sources) });
  }

  if (fields.has('treaties')) {
    const keys = orderedKeys([Object.keys(options.treatyRegistry ?? {}), ...records.map((r) => Object.keys(r.treaties ?? {}))], options.treatyRegistry);
    for (const key of keys) {
      rows.push({
        section: 'Treaties',
        label: options.treatyRegistry?.[key]?.short_name ?? key,
        kind: 'treaty',
        cells: records.map((r, i) => {
          const t = r.treaties?.[key];
          const standing = t && standingOn(t, options.asOf);
          return t && standing ? { value: { standing, membership: t } satisfies TreatyCellValue, confidence: t.confidence, inheritedFrom: inheritedAt(i, 'treaties') } : { value: undefined, notResearched: true };
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
        section: 'ICMEC Global Review (as published)',
        label,
        kind: key === 'edition' ? 'text' : 'boolean',
        cells: records.map((r, i) => {
          const icmec = r.icmec;
          return icmec ? { value: key === 'edition' ? String(icmec.edition) : icmec[key], confidence: icmec.confidence ?? 'unverified', inheritedFrom: inheritedAt(i, 'icmec') } : { value: undefined, notResearched: true };
        }),
      });
    }
  }

  return { ids: records.map((r) => r.id), names: records.map((r) => r.name), asOf: options.asOf, rows };
}

function inherited(item: Resolved, key: string): string | undefined {
  const from = item.origin[key];
  return from !== undefined && from !== item.record.id ? from : undefined;
}

function citeCells(items: readonly Resolved[], records: readonly RecordOnDay[], pick: (r: RecordOnDay) => string[] | undefined): Cell[] {
  return records.map((record, i) => {
    const keys = pick(record);
    if (!keys) return { value: undefined, notResearched: true };
    return { value: keys.map((k) => items[i]!.record.sources[k]).filter((s): s is Source => s !== undefined) };
  });
}

/** Registry order first (it is the taxonomy's order), then any other key alphabetically. */
export function orderedKeys(keyLists: string[][], registry: Record<string, unknown> | undefined): string[] {
  const present = new Set(keyLists.flat());
  const fromRegistry = Object.keys(registry ?? {}).filter((k) => present.has(k));
  const rest = [...present].filter((k) => !fromRegistry.includes(k)).sort();
  return [...fromRegistry, ...rest];
}
