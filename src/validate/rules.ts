import type { Aggravation, Fine, Imprisonment, Jurisdiction, TreatyMembership } from '../schema/jurisdiction.js';
import { CONSENT_ACTS, PRIMARY_SOURCE_KINDS, STATUTE_SOURCE_KINDS } from '../schema/patterns.js';
import type { CountryRegistry, KindRegistry, OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { MODELINE_PATTERN } from '../load/modeline.js';
import { citedInNotes, citingNodes } from '../model/citations.js';
import { daysBetween, earliestDay, latestDay } from '../model/dates.js';
import { compareDurations, parseDuration, durationDays } from '../model/duration.js';
import { RULES, type Diagnostic, type DocumentPath, type RuleId } from '../diagnostic.js';

/** The registries beside the data; a registry that did not load is undefined and its checks are skipped. */
export interface RuleRegistries {
  offences: OffenceRegistry | undefined;
  treaties: TreatyRegistry | undefined;
  aggravations: KindRegistry | undefined;
  defences: KindRegistry | undefined;
  countries: CountryRegistry | undefined;
}

/** What the rules of one file may look at beyond the file itself. */
export interface RuleContext {
  stem: string;
  today: string;
  maxAgeDays: number | undefined;
  registries: RuleRegistries;
}

/** What the parent rule needs of each other file: its kind and region. */
export type KnownFile = Pick<Jurisdiction, 'kind' | 'region'>;
/** Every jurisdiction file by id; undefined where it did not load. */
export type KnownFiles = ReadonlyMap<string, KnownFile | undefined>;

/** What the parent rule needs of a subdivision, kept once the file itself is let go. */
export type ParentLink = Pick<Jurisdiction, 'id' | 'parent' | 'region'>;

/** A problem found before its position is known. */
export interface Finding {
  rule: RuleId;
  path: DocumentPath;
  message: string;
}

type Report = (rule: RuleId, path: DocumentPath, message: string, options?: { at?: 'key' | 'value' }) => void;

/** Places findings in the file they were found in. */
export function positioned(parsed: ParsedYaml, findings: readonly Finding[]): Diagnostic[] {
  return findings.map(({ rule, path, message }) => ({ rule, severity: RULES[rule].severity, file: parsed.file, ...parsed.positionOf(path), path, message }));
}

/** Every rule that one file can be checked against on its own (all but the parent rule). */
export function checkJurisdiction(record: Jurisdiction, parsed: ParsedYaml, context: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (rule, path, message, options = {}) =>
    diagnostics.push({ rule, severity: RULES[rule].severity, file: parsed.file, ...parsed.positionOf(path, options.at ?? 'value'), path, message });

  checkModeline(parsed, report);
  checkIdentity(record, context, report);
  checkSources(record, report);
  checkDates(record, context, report);
  checkOffences(record, context.registries, report);
  checkVersions(record, report);
  if (record.reporting?.failure_penalty) checkPenalties(record.reporting.failure_penalty, ['reporting', 'failure_penalty'], report);
  checkTreaties(record, context, report);
  return diagnostics;
}

function checkModeline(parsed: ParsedYaml, report: Report): void {
  const first = parsed.text.replace(/^\uFEFF/, '').split('\n', 1)[0]?.trim() ?? '';
  if (!MODELINE_PATTERN.test(first)) {
    report('style/modeline', [], 'line 1 should be "# yaml-language-server: $schema=../schema/jurisdiction.schema.json" so editors validate the file');
  }
}

function checkIdentity(record: Jurisdiction, context: RuleContext, report: Report): void {
  if (record.id !== context.stem) report('id/file-name', ['id'], `id "${record.id}" does not match the file name "${context.stem}.yaml"; rename one of them`);
  const countries = context.registries.countries;
  if (record.kind === 'country') {
    if (record.parent !== null) report('ref/parent', ['parent'], 'a country has "parent: null"; use "kind: subdivision" for a part of a country');
    if (record.id.includes('-')) report('ref/parent', ['kind'], `"${record.id}" is a subdivision id; use "kind: subdivision" with a parent`);
    else if (countries) {
      const registered = countries[record.id];
      if (!registered) report('ref/unknown-country', ['id'], `"${record.id}" is not in the country registry (_registry/countries.yaml): the UN member states, the Holy See, the State of Palestine, Kosovo and Taiwan`);
      else if (registered.region !== record.region) report('ref/region', ['region'], `the country registry gives "${registered.region}" as the UN M49 region of ${record.id}`);
    }
    return;
  }
  if (record.parent === null) report('ref/parent', ['parent'], 'a subdivision names its country in "parent"');
  if (record.treaties) report('treaty/on-subdivision', ['treaties'], 'treaties are held by the country file; a subdivision inherits them', { at: 'key' });
}

/** The rule that needs the other files: a subdivision's parent has a file, is a country, and shares its id prefix and region. */
export function checkParent({ id, parent: parentId, region }: ParentLink, files: KnownFiles): Finding[] {
  if (parentId === null) return [];
  const findings: Finding[] = [];
  const parent = files.get(parentId);
  if (!files.has(parentId)) findings.push({ rule: 'ref/unknown-parent', path: ['parent'], message: `parent "${parentId}" has no file in this data folder` });
  else if (parent?.kind === 'subdivision') findings.push({ rule: 'ref/parent-not-country', path: ['parent'], message: `parent "${parentId}" is a subdivision; a parent must be a country` });
  if (parent?.kind === 'country') {
    if (!id.startsWith(`${parentId}-`)) findings.push({ rule: 'ref/parent', path: ['parent'], message: `a subdivision id starts with its parent's id ("${parentId}-…")` });
    if (parent.region !== region) findings.push({ rule: 'ref/region', path: ['region'], message: `a subdivision is in its country's region ("${parent.region}")` });
  }
  return findings;
}

function checkSources(record: Jurisdiction, report: Report): void {
  const cited = citedInNotes(record);
  for (const { path, node } of citingNodes(record)) {
    node.sources!.forEach((key, index) => {
      cited.add(key);
      if (!(key in record.sources)) report('ref/unknown-source', [...path, 'sources', index], `source "${key}" is not defined in the "sources" block`);
    });
    const sources = node.sources!;
    const confidence = node.confidence;
    if (confidence === undefined) continue;
    if (confidence !== 'unverified' && sources.length === 0) {
      report('confidence/no-source', [...path, 'confidence'], `"${confidence}" needs at least one source; cite the page it was read on, or mark it unverified`);
    } else if (confidence === 'verified') {
      const allowed = path[0] === 'treaties' ? PRIMARY_SOURCE_KINDS : STATUTE_SOURCE_KINDS;
      if (!sources.some((key) => allowed.has(record.sources[key]?.kind ?? ''))) {
        report('confidence/verified-without-statute', [...path, 'confidence'], `"verified" means read in the text of the law itself (a ${[...allowed].join(' or ')} source), and none is cited; cite one or use "reported"`);
      }
    }
  }
  const keyOfUrl = new Map<string, string>();
  for (const [key, source] of Object.entries(record.sources)) {
    if (!cited.has(key)) report('ref/unused-source', ['sources', key], `source "${key}" is never cited; cite it in a "sources" list or as [${key}] in a note, or remove it`, { at: 'key' });
    const first = keyOfUrl.get(source.url);
    if (first === undefined) keyOfUrl.set(source.url, key);
    else report('ref/duplicate-source', ['sources', key], `source "${key}" is the same page as "${first}" (${source.url}); cite "${first}" and remove this one`, { at: 'key' });
  }
}

interface Penalties {
  criminalised?: boolean;
  wider_offence?: boolean;
  imprisonment?: Imprisonment;
  fine?: Fine;
  corporal?: Aggravation['corporal'];
  aggravations?: Aggravation[];
  defences?: Array<{ kind: string }>;
}

function checkOffences(record: Jurisdiction, registries: RuleRegistries, report: Report): void {
  for (const [key, offence] of Object.entries(record.offences ?? {})) {
    const path = ['offences', key];
    if (registries.offences && !(key in registries.offences)) {
      report('ref/unknown-offence', path, `offence "${key}" is not in the offence registry (${Object.keys(registries.offences).join(', ')})`, { at: 'key' });
    }
    checkEntry(offence, path, registries, report);
    offence.history?.forEach((version, index) => checkEntry(version, [...path, 'history', index], registries, report));
    offence.sentencing?.forEach((s, index) => s.range && checkImprisonment(s.range, [...path, 'sentencing', index, 'range'], report));
  }
}

/** The rules every version of an offence obeys, the current one and each in `history`. */
function checkEntry(entry: Penalties, path: DocumentPath, registries: RuleRegistries, report: Report): void {
  if (entry.criminalised === false) {
    for (const field of ['imprisonment', 'fine', 'corporal', 'aggravations', 'wider_offence'] as const) {
      if (entry[field]) report('offence/penalty-not-criminalised', [...path, field], `"${field}" is given for an offence marked "criminalised: false"`);
    }
    return;
  }
  // A missing statute section or penalty is a research gap, not a data error: `jurisdiff coverage` counts those.
  checkPenalties(entry, path, report);
  entry.aggravations?.forEach((aggravation, index) => {
    const at = [...path, 'aggravations', index];
    checkPenalties(aggravation, at, report);
    aggravation.kinds?.forEach((kind, k) => {
      if (registries.aggravations && !(kind in registries.aggravations)) report('ref/unknown-kind', [...at, 'kinds', k], `aggravation kind "${kind}" is not in _registry/aggravations.yaml (${Object.keys(registries.aggravations).join(', ')})`);
    });
    const underAge = aggravation.kinds?.includes('victim_under_age') ?? false;
    if (underAge !== (aggravation.victim_age !== undefined)) {
      report('aggravation/victim-age', underAge ? [...at, 'kinds'] : [...at, 'victim_age'], underAge ? 'kind "victim_under_age" needs "victim_age", the age below which it applies' : '"victim_age" belongs to an aggravation of kind "victim_under_age"');
    }
    if (aggravation.effect && aggravation.effect.increase === undefined && aggravation.effect.add === undefined && !aggravation.effect.note) {
      report('range/empty', [...at, 'effect'], 'an effect needs "increase", "add" or a "note"');
    }
  });
  entry.defences?.forEach((defence, index) => {
    if (registries.defences && !(defence.kind in registries.defences)) report('ref/unknown-kind', [...path, 'defences', index, 'kind'], `defence kind "${defence.kind}" is not in _registry/defences.yaml (${Object.keys(registries.defences).join(', ')})`);
  });
}

function checkPenalties(p: Penalties, path: DocumentPath, report: Report): void {
  if (p.imprisonment) checkImprisonment(p.imprisonment, [...path, 'imprisonment'], report);
  if (p.fine) checkFine(p.fine, [...path, 'fine'], report);
  const c = p.corporal;
  if (c && c.min_strokes !== undefined && c.max_strokes !== undefined && c.min_strokes > c.max_strokes) {
    report('range/min-above-max', [...path, 'corporal', 'min_strokes'], `min_strokes ${c.min_strokes} is above max_strokes ${c.max_strokes}`);
  }
}

function checkImprisonment(term: Imprisonment, path: DocumentPath, report: Report): void {
  if (term.min === undefined && term.max === undefined) report('range/empty', path, 'imprisonment needs a "min", a "max" or both');
  if (term.max !== undefined && durationDays(parseDuration(term.max)!) === 0) report('range/zero', [...path, 'max'], `a maximum term of ${term.max} is no term; give the maximum, or leave "max" out`);
  if (term.min !== undefined && term.max !== undefined && compareDurations(term.min, term.max) > 0) {
    report('range/min-above-max', [...path, 'min'], `minimum ${term.min} is above maximum ${term.max}`);
  }
}

function checkFine(fine: Fine, path: DocumentPath, report: Report): void {
  const hasAmount = fine.min !== undefined || fine.max !== undefined;
  if (hasAmount && !fine.currency && !fine.unit) report('money/no-currency', path, 'a fine amount needs a "currency" (ISO 4217) or a "unit"');
  if (fine.currency && fine.unit) report('money/currency-and-unit', [...path, 'unit'], 'give either "currency" or "unit", not both');
  if (fine.unlimited && hasAmount) report('money/unlimited-with-amount', [...path, 'unlimited'], 'an unlimited fine has no amounts');
  if (!hasAmount && !fine.unlimited && !fine.note) report('range/empty', path, 'a fine needs amounts, "unlimited: true" or a "note"');
  if (fine.min !== undefined && fine.max !== undefined && fine.min > fine.max) report('range/min-above-max', [...path, 'min'], `minimum ${fine.min} is above maximum ${fine.max}`);
}

function checkDates(record: Jurisdiction, context: RuleContext, report: Report): void {
  const future = (date: string | undefined, path: DocumentPath) => {
    if (date !== undefined && earliestDay(date) > context.today) report('date/future', path, `${date} is in the future (today is ${context.today})`);
  };
  future(record.reviewed, ['reviewed']);
  for (const [key, source] of Object.entries(record.sources)) future(source.accessed, ['sources', key, 'accessed']);
  for (const [key, treaty] of Object.entries(record.treaties ?? {})) {
    treaty.events?.forEach((event, index) => future(event.date, ['treaties', key, 'events', index, 'date']));
    future(treaty.as_of, ['treaties', key, 'as_of']);
  }
  for (const { path, entry } of versionedEntries(record)) entry.history?.forEach((v, index) => future(v.until, [...path, 'history', index, 'until']));
  if (context.maxAgeDays !== undefined) {
    const age = daysBetween(record.reviewed, context.today);
    if (age > context.maxAgeDays) report('freshness/stale', ['reviewed'], `last reviewed ${record.reviewed}, ${age} days ago (limit ${context.maxAgeDays} days); re-check every figure and update "reviewed"`);
  }
}

type VersionedEntry = { in_force?: string; history?: Array<{ until: string; from?: string }> };

function versionedEntries(record: Jurisdiction): Array<{ path: DocumentPath; entry: VersionedEntry }> {
  return [
    ...Object.entries(record.offences ?? {}).map(([key, entry]) => ({ path: ['offences', key], entry })),
    ...(record.reporting ? [{ path: ['reporting'], entry: record.reporting }] : []),
    ...(record.definitions ? [{ path: ['definitions'], entry: record.definitions }] : []),
  ];
}

/** Versions newest first, periods that do not overlap, all before the current figures. */
function checkVersions(record: Jurisdiction, report: Report): void {
  for (const { path, entry } of versionedEntries(record)) {
    const history = entry.history ?? [];
    if (history.length === 0) continue;
    if (entry.in_force === undefined) {
      report('history/no-in-force', [...path, 'history'], 'an entry with earlier versions needs "in_force", the first day of its current figures', { at: 'key' });
    }
    history.forEach((version, index) => {
      const at = [...path, 'history', index];
      // A month or a year may hold the change itself: only a day-precise overlap is certain.
      if (entry.in_force !== undefined && earliestDay(version.until) > earliestDay(entry.in_force) || (entry.in_force !== undefined && version.until.length === 10 && entry.in_force.length === 10 && version.until >= entry.in_force)) {
        report('history/after-current', [...at, 'until'], `this version ends ${version.until}, not before the current figures apply (${entry.in_force})`);
      }
      if (version.from !== undefined && earliestDay(version.from) > latestDay(version.until)) report('history/order', [...at, 'from'], `from ${version.from} is after until ${version.until}`);
      const newer = history[index - 1];
      if (newer && earliestDay(version.until) > earliestDay(newer.from ?? newer.until) || (newer && version.until.length === 10 && (newer.from ?? newer.until).length === 10 && version.until >= (newer.from ?? newer.until))) {
        report('history/order', [...at, 'until'], `versions are newest first and do not overlap: this one ends ${version.until}, the one above ${newer.from ? `begins ${newer.from}` : `ends ${newer.until}`}`);
      }
    });
  }
}

function checkTreaties(record: Jurisdiction, context: RuleContext, report: Report): void {
  for (const [key, t] of Object.entries(record.treaties ?? {})) {
    const path = ['treaties', key];
    const registered = context.registries.treaties?.[key];
    if (context.registries.treaties && !registered) {
      report('ref/unknown-treaty', path, `treaty "${key}" is not in the treaty registry (${Object.keys(context.registries.treaties).join(', ')})`, { at: 'key' });
    }
    checkEvents(t, path, registered?.opened, report);
  }
}

function checkEvents(t: TreatyMembership, path: DocumentPath, opened: string | undefined, report: Report): void {
  const events = t.events ?? [];
  if (events.length === 0 && t.status === undefined) report('treaty/status-missing', path, 'give the events (signature, ratification, ...) or a stated "status" with "as_of" and a source', { at: 'key' });
  if (t.status !== undefined && t.as_of === undefined) report('treaty/status-conflict', [...path, 'status'], `a stated "${t.status}" needs "as_of": the date of the list it was read on`);
  if (t.status === 'not_party' && events.some((e) => CONSENT_ACTS.has(e.act))) report('treaty/status-conflict', [...path, 'status'], '"not_party" contradicts the ratification (or accession) among the events');
  const signed = events.find((e) => e.act === 'signature');
  events.forEach((event, index) => {
    const at = [...path, 'events', index];
    if (opened && latestDay(event.date) < opened && event.act !== 'transposition') report('date/before-opening', [...at, 'date'], `${event.act.replace(/_/g, ' ')} ${event.date} is before the instrument opened for signature on ${opened}`);
    if (signed && ['ratification', 'acceptance', 'approval'].includes(event.act) && event.date.length === 10 && signed.date.length === 10 && event.date < signed.date) {
      report('date/ratified-before-signed', [...at, 'date'], `${event.act} ${event.date} is before the signature of ${signed.date}`);
    }
  });
}
