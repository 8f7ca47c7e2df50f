import { durationDays, parseDuration } from '../model/duration.js';
import { rankTerms, type TermStatus } from '../model/offence-status.js';
import type { TermBound } from '../model/severity.js';
import type { Imprisonment, Jurisdiction, Offence } from '../schema/jurisdiction.js';
import { formatDuration, formatTermRange, noFigureText, UNVERIFIED_MARK, WIDER_MARK, WIDER_MARK_MEANING } from './wording.js';
import { safeText } from './safe-text.js';
import { plainStyle, type Style } from './style.js';

export interface ChartOptions {
  /** Offence key of the taxonomy, e.g. "production". */
  offence: string;
  /** Display name of the offence (from the registry); the key when absent. */
  offenceName?: string;
  /** Which end of the range orders the bars and leads the labels. */
  by?: TermBound;
  /** Columns to fit into; no line is longer. */
  width: number;
  style?: Style;
  /** Block characters on a colour terminal; ASCII everywhere else (pipes, files, NO_COLOR). */
  glyphs?: 'unicode' | 'ascii';
}

interface Glyphs {
  max: string;
  min: string;
  axis: string;
  corner: string;
  tick: string;
  baseline: string;
  ellipsis: string;
  notResearched: string;
}

const UNICODE: Glyphs = { max: '█', min: '░', axis: '─', corner: '└', tick: '┴', baseline: '│', ellipsis: '…', notResearched: '—' };
const ASCII: Glyphs = { max: '#', min: '=', axis: '-', corner: '+', tick: '+', baseline: '|', ellipsis: '...', notResearched: '-' };

/** What stands in place of a bar; "not researched" also gets the glyph the tables use for it. */
function noBarText(status: Exclude<TermStatus, 'term'>, row: Row, glyphs: Glyphs): string {
  return `${status === 'not_researched' ? `${glyphs.notResearched} ` : ''}${noFigureText(status, row.entry)}`;
}

/** A bar shorter than this is not worth drawing; the layout drops names before it gets there. */
const MIN_BAR_WIDTH = 10;
/** Tick steps in months: the axis uses the smallest that keeps labels apart. */
const TICK_STEPS_MONTHS = [1, 2, 3, 6, 12, 24, 36, 60, 120, 180, 240, 300, 360, 480, 600, 1200];
const DAYS_PER_MONTH = 30.4375;

interface Row {
  label: string;
  status: TermStatus;
  entry: Offence | undefined;
  term: Imprisonment | undefined;
  value: string;
  unverified: boolean;
  /** The term belongs to a wider offence than the one charted (`wider_offence`). */
  wider: boolean;
}

/**
 * A horizontal bar chart of the term of imprisonment for one offence: the bar runs to the
 * maximum, its first part (lighter) to the minimum; life is a full bar. Rows with nothing
 * to draw say why. Every line fits `options.width`.
 */
export function renderChart(records: readonly Jurisdiction[], options: ChartOptions): string {
  const style = options.style ?? plainStyle;
  const glyphs = options.glyphs === 'unicode' ? UNICODE : ASCII;
  const by = options.by ?? 'max';
  const rows = chartRows(records, options.offence, by, glyphs);
  const offenceName = safeText(options.offenceName ?? options.offence, { singleLine: true });
  const width = Math.max(options.width, 20);

  const layout = chooseLayout(rows, width, glyphs);
  const scale = layout.scale;
  const lines: string[] = [];
  lines.push(
    ...wrap(`${offenceName}: term of imprisonment for the basic offence, ${by === 'max' ? 'longest maximum' : 'longest minimum'} first`, width).map(
      (l) => style.heading(l),
    ),
  );
  const area = width - layout.labelWidth - 2;
  for (const row of rows) {
    const label = fit(layout.labels.get(row)!, layout.labelWidth, glyphs).padEnd(layout.labelWidth);
    const prefix = `${label} ${glyphs.baseline}`;
    if (row.status !== 'term') {
      lines.push(`${prefix}${style.dim(fit(noBarText(row.status, row, glyphs), area, glyphs))}`);
      continue;
    }
    const { minLength, maxLength } = barLengths(row.term!, scale);
    const bar = style.dim(glyphs.min.repeat(minLength)) + glyphs.max.repeat(maxLength - minLength);
    // Only a terminal too narrow for any layout cuts the value short.
    const value = fit(row.unverified ? `${row.value} ${layout.unverifiedMark}` : row.value, Math.max(0, area - maxLength - 1), glyphs);
    lines.push(`${prefix}${bar}${value ? ` ${row.unverified ? style.warn(value) : value}` : ''}`);
  }
  // With no bar drawn, a scale and a key to the bars would explain nothing.
  if (rows.some((r) => r.status === 'term')) lines.push(...axis(scale, layout.labelWidth, glyphs).map((l) => style.dim(l)));
  lines.push(...legend(rows, by, glyphs, layout.unverifiedMark).flatMap((l) => wrap(l, width)).map((l) => style.dim(l)));
  return `${lines.join('\n')}\n`;
}

function chartRows(records: readonly Jurisdiction[], offence: string, by: TermBound, glyphs: Glyphs): Row[] {
  return rankTerms(records, offence, by).map(({ record, status, entry, imprisonment }): Row => {
    const wider = imprisonment !== undefined && entry?.wider_offence === true;
    return {
      label: `${safeText(record.name, { singleLine: true })} (${record.id})`,
      status,
      term: imprisonment,
      value: imprisonment ? `${valueText(imprisonment, by, glyphs)}${wider ? ` ${WIDER_MARK}` : ''}` : '',
      unverified: entry?.confidence === 'unverified',
      wider,
      entry,
    };
  });
}

function valueText(term: Imprisonment, by: TermBound, glyphs: Glyphs): string {
  const text =
    by === 'max'
      ? term.max === 'life' && term.min === undefined
        ? 'life'
        : term.max === undefined
          ? `min ${formatDuration(term.min!)}, no max recorded`
          : formatTermRange(term.min, term.max)
      : `${term.min === undefined ? 'no minimum' : `min ${formatDuration(term.min)}`}, ${term.max === undefined ? 'no max recorded' : `max ${formatDuration(term.max)}`}`;
  return glyphs === ASCII ? text.replace(/–/g, '-') : text;
}

interface Layout {
  labelWidth: number;
  labels: Map<Row, string>;
  unverifiedMark: string;
  scale: Scale;
}

interface Scale {
  /** Columns a life bar takes; two more than the finite scale, so life never looks like a long term. */
  lifeWidth: number;
  /** Columns at the right end of the finite scale. */
  finiteWidth: number;
  /** Days at the right end of the finite scale, rounded up to a whole tick. */
  days: number;
  tickMonths: number;
}

/**
 * Full names while the bars keep at least MIN_BAR_WIDTH columns; then ids only; then a short
 * unverified mark. Names are truncated rather than wrapped so one row stays one line.
 */
function chooseLayout(rows: readonly Row[], width: number, glyphs: Glyphs): Layout {
  const idOnly = (row: Row) => /\(([^()]*)\)$/.exec(row.label)?.[1] ?? row.label;
  const candidates: Array<{ label: (row: Row) => string; mark: string }> = [
    { label: (row) => row.label, mark: UNVERIFIED_MARK },
    { label: idOnly, mark: UNVERIFIED_MARK },
    { label: idOnly, mark: '[?]' },
  ];
  let layout: Layout | undefined;
  for (const candidate of candidates) {
    const labels = new Map(rows.map((row) => [row, candidate.label(row)] as const));
    const longestLabel = Math.max(4, ...[...labels.values()].map(length));
    const labelWidth = Math.min(longestLabel, Math.max(8, Math.floor(width * 0.35)));
    // What follows the label: a space and the baseline, then the bar and its value.
    const area = width - labelWidth - 2;
    layout = { labelWidth, labels, unverifiedMark: candidate.mark, scale: chooseScale(rows, area, candidate.mark) };
    if (layout.scale.finiteWidth >= MIN_BAR_WIDTH) return layout;
  }
  // Too narrow for every value to fit beside its bar: keep readable bars and let long values be cut.
  const narrowest = layout!;
  const area = width - narrowest.labelWidth - 2;
  return { ...narrowest, scale: chooseScale(rows, area, narrowest.unverifiedMark, Math.min(MIN_BAR_WIDTH, area - 2)) };
}

/**
 * The widest finite scale at which every row's bar and the value after it still fit `area`.
 * A short bar leaves room for a long value, so only the rows near the top bind.
 */
function chooseScale(rows: readonly Row[], area: number, mark: string, atLeast = 1): Scale {
  const terms = rows.flatMap((r) => (r.term ? [r.term.min, r.term.max] : [])).filter((t): t is string => t !== undefined);
  const parsed = terms.map(parseDuration).filter((t) => t !== undefined);
  const lifeExtra = parsed.some((t) => t.life) ? 2 : 0;
  const longest = Math.max(DAYS_PER_MONTH, ...parsed.filter((t) => !t.life).map(durationDays));
  let finiteWidth = area - lifeExtra;
  for (const row of rows) {
    if (!row.term) continue;
    const tail = 1 + length(row.value) + (row.unverified ? 1 + length(mark) : 0);
    const ends = [row.term.min, row.term.max].flatMap((d) => (d === undefined ? [] : [parseDuration(d)])).filter((t) => t !== undefined);
    if (ends.some((t) => t.life)) finiteWidth = Math.min(finiteWidth, area - lifeExtra - tail);
    else {
      const fraction = Math.max(0, ...ends.map(durationDays)) / longest;
      // Rounding may add half a column; a tiny bar is drawn one column wide.
      if (fraction > 0) finiteWidth = Math.min(finiteWidth, Math.floor((area - tail - 0.5) / fraction));
    }
  }
  finiteWidth = Math.max(1, atLeast, finiteWidth);
  const longestMonths = longest / DAYS_PER_MONTH;
  // Labels such as "10y" need about six columns each.
  const maxTicks = Math.max(1, Math.floor(finiteWidth / 6));
  const tickMonths = TICK_STEPS_MONTHS.find((step) => Math.ceil(longestMonths / step - 1e-9) <= maxTicks) ?? TICK_STEPS_MONTHS[TICK_STEPS_MONTHS.length - 1]!;
  const days = Math.ceil(longestMonths / tickMonths - 1e-9) * tickMonths * DAYS_PER_MONTH;
  return { lifeWidth: finiteWidth + lifeExtra, finiteWidth, days, tickMonths };
}

function barLengths(term: Imprisonment, scale: Scale): { minLength: number; maxLength: number } {
  const columns = (duration: string | undefined) => {
    if (duration === undefined) return 0;
    const parsed = parseDuration(duration);
    if (!parsed) return 0;
    if (parsed.life) return scale.lifeWidth;
    const days = durationDays(parsed);
    // A term shorter than one column still gets one, so "6 months" is not drawn as nothing.
    return days > 0 ? Math.max(1, Math.round((days / scale.days) * scale.finiteWidth)) : 0;
  };
  const minLength = columns(term.min);
  const maxLength = term.max === undefined ? minLength : columns(term.max);
  return { minLength: Math.min(minLength, maxLength), maxLength };
}

/** `└────┴────┴` under the bars, with "0", "5y", "10y"… under the ticks. */
function axis(scale: Scale, labelWidth: number, glyphs: Glyphs): string[] {
  const indent = ' '.repeat(labelWidth + 1);
  const line = Array.from({ length: scale.lifeWidth }, () => glyphs.axis);
  let labels = '0';
  const ticks = Math.round(scale.days / DAYS_PER_MONTH / scale.tickMonths);
  for (let i = 1; i <= ticks; i++) {
    const position = Math.round((i / ticks) * scale.finiteWidth);
    if (position - 1 < line.length) line[position - 1] = glyphs.tick;
    const months = i * scale.tickMonths;
    const text = months % 12 === 0 ? `${months / 12}y` : `${months}m`;
    // The label's last character sits under its tick; skip it if it would touch the previous one.
    const start = position + 1 - text.length;
    if (start > labels.length) labels = labels.padEnd(start) + text;
  }
  return [`${indent}${glyphs.corner}${line.join('')}`, `${indent}${labels}`];
}

function legend(rows: readonly Row[], by: TermBound, glyphs: Glyphs, unverifiedMark: string): string[] {
  const notes: string[] = [];
  if (rows.some((r) => r.status === 'term')) {
    notes.push(`${glyphs.min.repeat(3)} up to the statutory minimum, ${glyphs.max.repeat(3)} on to the maximum; life is a full bar. Sorted by the ${by === 'max' ? 'maximum' : 'minimum'} term.`);
  }
  if (rows.some((r) => r.unverified)) notes.push(`${unverifiedMark} not seen on any source page: check before relying on it.`);
  if (rows.some((r) => r.wider)) notes.push(`${WIDER_MARK} ${WIDER_MARK_MEANING}.`);
  notes.push("Aggravated forms are not charted ('jurisdiff show <id>' lists them). Not legal advice: check the cited statute.");
  return notes;
}

/** Shortens text to `width` columns; a "name (id)" label keeps its id. */
function fit(text: string, width: number, glyphs: Glyphs): string {
  if (length(text) <= width) return text;
  const cut = (s: string, n: number) => [...s].slice(0, Math.max(0, n)).join('').trimEnd();
  if (width <= length(glyphs.ellipsis)) return cut(text, width);
  const id = /\s(\([^()]*\))$/.exec(text)?.[1];
  if (id && length(id) + 2 + length(glyphs.ellipsis) <= width) {
    return `${cut(text, width - length(id) - 1 - length(glyphs.ellipsis))}${glyphs.ellipsis} ${id}`;
  }
  return `${cut(text, width - length(glyphs.ellipsis))}${glyphs.ellipsis}`;
}

/** Greedy word wrap; a word longer than the width is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (length(rest) > width) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push([...rest].slice(0, width).join(''));
      rest = [...rest].slice(width).join('');
    }
    if (!current) current = rest;
    else if (length(current) + 1 + length(rest) <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

const length = (text: string) => [...text].length;
