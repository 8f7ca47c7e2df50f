import type { Cell, CellKind } from '../compare/compare.js';
import type { Aggravation, Corporal, Fine, Imprisonment, Source, TreatyMembership } from '../schema/jurisdiction.js';
import type { COMBINATIONS } from '../schema/jurisdiction.js';

type Combination = (typeof COMBINATIONS)[number];
import { formatDuration, formatTermRange } from '../model/duration.js';
import { formatFine } from '../model/money.js';
import { safeText } from './safe-text.js';

export const NOT_RESEARCHED = '—';

/** How the fine relates to the term of imprisonment, read before the fine: "and/or up to 250,000 USD". */
const COMBINATION_WORDS: Record<Combination, string> = {
  and: 'and',
  or: 'or',
  and_or: 'and/or',
  and_optional: 'optionally',
};
export const UNVERIFIED_MARK = '[unverified]';

/** Kinds whose cells carry a legal figure, so an unverified one is marked in place. */
const FIGURE_KINDS = new Set<CellKind>(['criminalised', 'boolean', 'imprisonment', 'fine', 'corporal', 'aggravations', 'treaty', 'failure_penalty']);

/** The plain text of one cell, as people write it; may span lines. */
export function formatCell(kind: CellKind, cell: Cell): string {
  if (cell.notResearched) return NOT_RESEARCHED;
  let text = formatValue(kind, cell.value);
  if (text === '') return '';
  if (cell.confidence === 'unverified' && FIGURE_KINDS.has(kind)) text += ` ${UNVERIFIED_MARK}`;
  if (cell.inheritedFrom && (kind === 'criminalised' || kind === 'treaty' || kind === 'boolean')) text += ` (from ${cell.inheritedFrom})`;
  return safeText(text);
}

function formatValue(kind: CellKind, value: unknown): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'criminalised':
      return value ? 'yes' : 'no offence';
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'imprisonment':
      return formatImprisonment(value as Imprisonment);
    case 'fine': {
      const { fine, combination } = value as { fine: Fine; combination?: Combination };
      return `${combination ? `${COMBINATION_WORDS[combination]} ` : ''}${formatFine(fine)}`;
    }
    case 'corporal':
      return value === null ? 'none' : formatCorporal(value as Corporal);
    case 'duration':
      return formatDuration(String(value));
    case 'aggravations':
      return (value as Aggravation[]).map(formatAggravation).join('\n');
    case 'failure_penalty': {
      const p = value as { imprisonment?: Imprisonment; fine?: Fine; note?: string };
      return [p.imprisonment && formatImprisonment(p.imprisonment), p.fine && `fine ${formatFine(p.fine)}`, !p.imprisonment && !p.fine ? p.note : undefined]
        .filter(Boolean)
        .join('; ');
    }
    case 'treaty':
      return formatTreaty(value as TreatyMembership);
    case 'sources':
      return (value as Source[]).map((s) => `${s.title} <${s.url}>`).join('\n');
    case 'confidence':
    case 'text':
      return String(value);
  }
}

export function formatImprisonment(term: Imprisonment): string {
  return formatTermRange(term.min, term.max);
}

export function formatCorporal(c: Corporal): string {
  const strokes =
    c.min_strokes !== undefined && c.max_strokes !== undefined
      ? `${c.min_strokes}–${c.max_strokes} strokes`
      : c.max_strokes !== undefined
        ? `up to ${c.max_strokes} strokes`
        : c.min_strokes !== undefined
          ? `at least ${c.min_strokes} strokes`
          : '';
  return strokes ? `${c.kind}, ${strokes}` : c.kind;
}

/** "2–15 years, fine up to 5,000 EUR, caning": the penalties of an aggravated form, in one phrase. */
export function formatAggravationPenalties(a: Aggravation): string {
  return [
    a.imprisonment && formatImprisonment(a.imprisonment),
    a.fine && `fine ${formatFine(a.fine)}`,
    a.corporal && formatCorporal(a.corporal),
    a.capital ? 'death penalty' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

function formatAggravation(a: Aggravation): string {
  const penalties = formatAggravationPenalties(a);
  return `• ${a.when}${penalties ? `: ${penalties}` : ''}`;
}

export function formatTreaty(t: TreatyMembership): string {
  switch (t.status) {
    case 'party':
      return `party, ratified ${t.ratified ?? '(date not recorded)'}`;
    case 'signed':
      return `signed ${t.signed ?? '(date not recorded)'}, not ratified`;
    case 'not_signed':
      return 'not signed';
    case 'withdrawn':
      return `withdrawn${t.withdrawn ? ` (${t.withdrawn})` : ''}`;
  }
}
