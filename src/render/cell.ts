import type { AggravationsCellValue, Cell, CellKind, TreatyCellValue } from '../compare/compare.js';
import type { Combination, Corporal, Defence, FailurePenalty, Fine, Imprisonment, Sentencing, Source } from '../schema/jurisdiction.js';
import { safeText } from './safe-text.js';
import {
  FINE_ONLY,
  formatFailurePenalty,
  formatAggravation,
  formatCorporal,
  formatDuration,
  formatFineWithCombination,
  formatImprisonment,
  formatReservation,
  formatStanding,
  NOT_RESEARCHED,
  UNVERIFIED_MARK,
} from './wording.js';

export { NOT_RESEARCHED, UNVERIFIED_MARK };

/** Kinds whose cells carry a legal figure, so an unverified one is marked in place. */
const FIGURE_KINDS = new Set<CellKind>(['criminalised', 'boolean', 'imprisonment', 'fine', 'corporal', 'aggravations', 'treaty', 'failure_penalty', 'virtual']);

/** The plain text of one cell, as people write it; may span lines. */
export function formatCell(kind: CellKind, cell: Cell, options: { detail?: boolean } = {}): string {
  if (cell.notResearched) return NOT_RESEARCHED;
  let text = formatValue(kind, cell.value, options.detail ?? false);
  if (text === '') return '';
  if (cell.confidence === 'unverified' && FIGURE_KINDS.has(kind)) text += ` ${UNVERIFIED_MARK}`;
  if (cell.inheritedFrom && (kind === 'criminalised' || kind === 'treaty' || kind === 'boolean')) text += ` (from ${cell.inheritedFrom})`;
  return safeText(text);
}

function formatValue(kind: CellKind, value: unknown, detail: boolean): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'criminalised':
      return value ? 'yes' : 'no offence';
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'imprisonment':
      return value === 'fine_only' ? FINE_ONLY : formatImprisonment(value as Imprisonment);
    case 'fine': {
      const { fine, combination, hasTerm } = value as { fine: Fine; combination?: Combination; hasTerm: boolean };
      return formatFineWithCombination(fine, combination, hasTerm);
    }
    case 'corporal':
      return value === null ? 'none' : formatCorporal(value as Corporal);
    case 'duration':
      return formatDuration(String(value));
    case 'aggravations': {
      const { aggravations, basic, kindNames } = value as AggravationsCellValue;
      return aggravations.map((a) => `• ${formatAggravation(a, kindNames, basic)}`).join('\n');
    }
    case 'defences': {
      const { defences, kindNames } = value as { defences: Defence[]; kindNames: Record<string, string> };
      return defences.map((d) => `• ${kindNames[d.kind] ?? d.kind}${d.law ? ` (${d.law})` : ''}${d.note ? `: ${d.note}` : ''}`).join('\n');
    }
    case 'sentencing':
      return (value as Sentencing[])
        .map((s) => `• ${s.what}${s.term ? `: ${formatDuration(s.term)}` : ''}${s.range ? `: ${formatImprisonment(s.range)}` : ''}${s.note ? ` (${s.note})` : ''}`)
        .join('\n');
    case 'in_force': {
      const { in_force, until, next } = value as { in_force?: string; until?: string; next?: { in_force: string; amended_by?: string } };
      const parts = [in_force && `from ${in_force}`, until && `until ${until}`];
      if (next && until === undefined) parts.push(`announced change from ${next.in_force}`);
      else if (next) parts.push(`then changed${next.amended_by ? ` by ${next.amended_by}` : ''}`);
      return parts.filter(Boolean).join(', ');
    }
    case 'failure_penalty': {
      return formatFailurePenalty(value as FailurePenalty);
    }
    case 'virtual': {
      const { value: coverage, law } = value as { value: string; law?: string };
      return `${coverage}${law ? ` (${law})` : ''}`;
    }
    case 'extraterritorial': {
      const e = value as { nationals?: boolean; residents?: boolean; dual_criminality?: boolean; law?: string };
      const who = [e.nationals && 'nationals', e.residents && 'residents'].filter(Boolean).join(' and ');
      const none = e.nationals === false && e.residents !== true ? 'no jurisdiction over nationals abroad' : '';
      const dual = e.dual_criminality === undefined ? '' : e.dual_criminality ? ', dual criminality required' : ', no dual criminality required';
      return `${who ? `${who} abroad` : none}${dual}${e.law ? ` (${e.law})` : ''}`.replace(/^, /, '');
    }
    case 'treaty': {
      const { standing, membership } = value as TreatyCellValue;
      const text = formatStanding(standing);
      return detail && membership.reservations?.length ? `${text}; ${membership.reservations.map(formatReservation).join('; ')}` : text;
    }
    case 'sources':
      return (value as Source[]).map((s) => `${s.title} <${s.url}> (${s.kind.replace(/_/g, ' ')})`).join('\n');
    case 'confidence':
    case 'text':
    case 'note':
      return String(value);
  }
}
