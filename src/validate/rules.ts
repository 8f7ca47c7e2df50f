import type { Aggravation, Fine, Imprisonment, Jurisdiction, Offence } from '../schema/jurisdiction.js';
import type { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { MODELINE_PATTERN } from '../load/modeline.js';
import { compareDurations } from '../model/duration.js';
import type { Diagnostic, DocumentPath, Severity } from '../diagnostic.js';

/** What rules may look at beyond the file itself. */
export interface RuleContext {
  stem: string;
  today: string;
  maxAgeDays: number | undefined;
  offences: OffenceRegistry | undefined;
  treaties: TreatyRegistry | undefined;
  /** Kind of every jurisdiction file that loaded, by id, for parent checks. */
  kinds: ReadonlyMap<string, Jurisdiction['kind'] | undefined>;
}

type Report = (rule: string, path: DocumentPath, message: string, options?: { severity?: Severity; at?: 'key' | 'value' }) => void;

export function checkJurisdiction(record: Jurisdiction, parsed: ParsedYaml, context: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (rule, path, message, options = {}) =>
    diagnostics.push({
      rule,
      severity: options.severity ?? 'error',
      file: parsed.file,
      ...parsed.positionOf(path, options.at ?? 'value'),
      path,
      message,
    });

  checkModeline(parsed, report);
  checkIdentity(record, context, report);
  checkSources(record, report);
  checkDates(record, context, report);
  for (const [key, offence] of Object.entries(record.offences ?? {})) {
    if (context.offences && !(key in context.offences)) {
      report('ref/unknown-offence', ['offences', key], `offence "${key}" is not in the offence registry (${Object.keys(context.offences).join(', ')})`, { at: 'key' });
    }
    checkOffence(record, offence, ['offences', key], report);
  }
  if (record.reporting) {
    const r = record.reporting;
    checkCited(record, r.sources, r.confidence, ['reporting'], report);
    if (r.failure_penalty?.imprisonment) checkImprisonment(r.failure_penalty.imprisonment, ['reporting', 'failure_penalty', 'imprisonment'], report);
    if (r.failure_penalty?.fine) checkFine(r.failure_penalty.fine, ['reporting', 'failure_penalty', 'fine'], report);
  }
  checkTreaties(record, context, report);
  if (record.icmec) checkCited(record, record.icmec.sources, record.icmec.confidence ?? 'reported', ['icmec'], report);
  return diagnostics;
}

function checkModeline(parsed: ParsedYaml, report: Report): void {
  const first = parsed.text.split('\n', 1)[0]?.trim() ?? '';
  if (!MODELINE_PATTERN.test(first)) {
    report('style/modeline', [], 'line 1 should be "# yaml-language-server: $schema=../schema/jurisdiction.schema.json" so editors validate the file', { severity: 'warning' });
  }
}

function checkIdentity(record: Jurisdiction, context: RuleContext, report: Report): void {
  if (record.id !== context.stem) {
    report('id/file-name', ['id'], `id "${record.id}" does not match the file name "${context.stem}.yaml"; rename one of them`);
  }
  if (record.kind === 'country') {
    if (record.parent !== null) report('ref/parent', ['parent'], 'a country has "parent: null"; use "kind: subdivision" for a part of a country');
    if (record.id.includes('-')) report('ref/parent', ['kind'], `"${record.id}" is a subdivision id; use "kind: subdivision" with a parent`);
    return;
  }
  if (record.parent === null) {
    report('ref/parent', ['parent'], 'a subdivision names its country in "parent"');
    return;
  }
  if (!context.kinds.has(record.parent)) {
    report('ref/unknown-parent', ['parent'], `parent "${record.parent}" has no file in this data folder`);
  } else if (context.kinds.get(record.parent) === 'subdivision') {
    report('ref/parent-not-country', ['parent'], `parent "${record.parent}" is a subdivision; a parent must be a country`);
  }
  if (context.kinds.get(record.parent) === 'country' && !record.id.startsWith(`${record.parent}-`)) {
    report('ref/parent', ['parent'], `a subdivision id starts with its parent's id ("${record.parent}-…")`);
  }
  if (record.treaties) {
    report('treaty/on-subdivision', ['treaties'], 'treaties are held by the country file; a subdivision inherits them', { at: 'key' });
  }
}

function checkSources(record: Jurisdiction, report: Report): void {
  const cited = new Set<string>();
  const visit = (keys: string[] | undefined, path: DocumentPath) =>
    keys?.forEach((key, index) => {
      cited.add(key);
      if (!(key in record.sources)) {
        report('ref/unknown-source', [...path, 'sources', index], `source "${key}" is not defined in the "sources" block`);
      }
    });
  for (const [key, offence] of Object.entries(record.offences ?? {})) visit(offence.sources, ['offences', key]);
  visit(record.reporting?.sources, ['reporting']);
  for (const [key, treaty] of Object.entries(record.treaties ?? {})) visit(treaty.sources, ['treaties', key]);
  visit(record.icmec?.sources, ['icmec']);
  for (const key of citedInNotes(record)) cited.add(key);
  for (const key of Object.keys(record.sources)) {
    if (!cited.has(key)) report('ref/unused-source', ['sources', key], `source "${key}" is never cited; cite it in a "sources" list or as [${key}] in a note, or remove it`, { at: 'key' });
  }
}

/** Notes may cite a source inline by its key in brackets: "see [sg-sso-ba-10a]". */
export function citedInNotes(record: Jurisdiction): Set<string> {
  const notes: Array<string | undefined> = [record.notes, record.reporting?.note, record.icmec?.note];
  for (const offence of Object.values(record.offences ?? {})) {
    notes.push(offence.note, offence.imprisonment?.note, offence.fine?.note, offence.corporal?.note);
    for (const a of offence.aggravations ?? []) notes.push(a.note, a.imprisonment?.note, a.fine?.note, a.corporal?.note);
  }
  for (const treaty of Object.values(record.treaties ?? {})) notes.push(treaty.note);
  const keys = new Set<string>();
  for (const note of notes) {
    for (const match of note?.matchAll(/\[([a-z0-9][a-z0-9._-]{0,63})\]/g) ?? []) if (match[1]! in record.sources) keys.add(match[1]!);
  }
  return keys;
}

function checkCited(record: Jurisdiction, sources: string[] | undefined, confidence: string, path: DocumentPath, report: Report): void {
  if (confidence !== 'unverified' && (sources ?? []).length === 0) {
    report('confidence/no-source', [...path, 'confidence'], `"${confidence}" needs at least one source; cite the page it was read on, or mark it unverified`);
  } else if (confidence === 'verified' && !(sources ?? []).some((key) => record.sources[key]?.kind === 'primary')) {
    report('confidence/verified-without-primary', [...path, 'confidence'], '"verified" means seen on a primary source (statute, treaty office, official register), and none is cited; cite one or use "reported"');
  }
}

function checkOffence(record: Jurisdiction, offence: Offence, path: DocumentPath, report: Report): void {
  checkCited(record, offence.sources, offence.confidence, path, report);
  if (!offence.criminalised) {
    for (const field of ['imprisonment', 'fine', 'corporal', 'aggravations'] as const) {
      if (offence[field]) report('offence/penalty-not-criminalised', [...path, field], `"${field}" is given for an offence marked "criminalised: false"`);
    }
    return;
  }
  // A missing statute section or penalty is a research gap, not a data error: `jurisdiff coverage` counts those.
  checkPenalties(offence, path, report);
  offence.aggravations?.forEach((aggravation: Aggravation, index) => checkPenalties(aggravation, [...path, 'aggravations', index], report));
}

function checkPenalties(p: Pick<Offence, 'imprisonment' | 'fine' | 'corporal'>, path: DocumentPath, report: Report): void {
  if (p.imprisonment) checkImprisonment(p.imprisonment, [...path, 'imprisonment'], report);
  if (p.fine) checkFine(p.fine, [...path, 'fine'], report);
  const c = p.corporal;
  if (c && c.min_strokes !== undefined && c.max_strokes !== undefined && c.min_strokes > c.max_strokes) {
    report('range/min-above-max', [...path, 'corporal', 'min_strokes'], `min_strokes ${c.min_strokes} is above max_strokes ${c.max_strokes}`);
  }
}

function checkImprisonment(term: Imprisonment, path: DocumentPath, report: Report): void {
  if (term.min === undefined && term.max === undefined) {
    report('range/empty', path, 'imprisonment needs a "min", a "max" or both');
  } else if (term.min !== undefined && term.max !== undefined && compareDurations(term.min, term.max) > 0) {
    report('range/min-above-max', [...path, 'min'], `minimum ${term.min} is above maximum ${term.max}`);
  }
}

function checkFine(fine: Fine, path: DocumentPath, report: Report): void {
  const hasAmount = fine.min !== undefined || fine.max !== undefined;
  if (hasAmount && !fine.currency && !fine.unit) {
    report('money/no-currency', path, 'a fine amount needs a "currency" (ISO 4217) or a "unit"');
  }
  if (fine.currency && fine.unit) report('money/currency-and-unit', [...path, 'unit'], 'give either "currency" or "unit", not both');
  if (fine.unlimited && hasAmount) report('money/unlimited-with-amount', [...path, 'unlimited'], 'an unlimited fine has no amounts');
  if (!hasAmount && !fine.unlimited && !fine.note) report('range/empty', path, 'a fine needs amounts, "unlimited: true" or a "note"');
  if (fine.min !== undefined && fine.max !== undefined && fine.min > fine.max) {
    report('range/min-above-max', [...path, 'min'], `minimum ${fine.min} is above maximum ${fine.max}`);
  }
}

function checkDates(record: Jurisdiction, context: RuleContext, report: Report): void {
  const future = (date: string | undefined, path: DocumentPath) => {
    if (date !== undefined && date > context.today) report('date/future', path, `${date} is in the future (today is ${context.today})`);
  };
  future(record.reviewed, ['reviewed']);
  for (const [key, source] of Object.entries(record.sources)) future(source.accessed, ['sources', key, 'accessed']);
  for (const [key, offence] of Object.entries(record.offences ?? {})) future(offence.in_force, ['offences', key, 'in_force']);
  future(record.reporting?.in_force, ['reporting', 'in_force']);
  for (const [key, treaty] of Object.entries(record.treaties ?? {})) {
    for (const field of ['signed', 'ratified', 'withdrawn'] as const) future(treaty[field], ['treaties', key, field]);
  }
  if (context.maxAgeDays !== undefined) {
    const age = daysBetween(record.reviewed, context.today);
    if (age > context.maxAgeDays) {
      report('freshness/stale', ['reviewed'], `last reviewed ${record.reviewed}, ${age} days ago (limit ${context.maxAgeDays}); re-check every figure and update "reviewed"`, { severity: 'warning' });
    }
  }
}

function checkTreaties(record: Jurisdiction, context: RuleContext, report: Report): void {
  for (const [key, t] of Object.entries(record.treaties ?? {})) {
    const path = ['treaties', key];
    if (context.treaties && !(key in context.treaties)) {
      report('ref/unknown-treaty', path, `treaty "${key}" is not in the treaty registry (${Object.keys(context.treaties).join(', ')})`, { at: 'key' });
    }
    if (t.status === 'party' && !t.ratified) report('treaty/party-without-ratification', [...path, 'status'], 'a party has a "ratified" date (ratification, accession, acceptance or approval)');
    if (t.status === 'signed' && !t.signed) report('treaty/signed-without-date', [...path, 'status'], 'a signatory has a "signed" date');
    if (t.status === 'not_signed' && (t.signed || t.ratified)) report('treaty/status-conflict', [...path, 'status'], '"not_signed" conflicts with the dates given');
    if (t.status === 'withdrawn' && !t.withdrawn) report('treaty/withdrawn-without-date', [...path, 'status'], 'a withdrawal has a "withdrawn" date', { severity: 'warning' });
    if (t.signed && t.ratified && t.ratified < t.signed) {
      report('date/ratified-before-signed', [...path, 'ratified'], `ratified ${t.ratified} is before signed ${t.signed}`);
    }
    const registered = context.treaties?.[key];
    if (registered && t.signed && t.signed < registered.opened) {
      report('date/before-opening', [...path, 'signed'], `signed ${t.signed} is before the treaty opened for signature on ${registered.opened}`);
    }
    if (t.status !== 'not_signed') checkCited(record, t.sources, t.confidence ?? 'unverified', path, report);
  }
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
