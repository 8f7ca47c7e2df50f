import { durationDays, formatTermRange, parseDuration } from '../model/duration.js';
import { rankTerms, type TermStatus } from '../model/offence-status.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import { anchor, html, joinHtml, type Html } from './html.js';
import { noFigureText } from './wording.js';

/** Geometry of the chart in SVG user units; the SVG scales to the page width. */
const WIDTH = 960;
const LABEL_WIDTH = 300;
const BAR_LEFT = LABEL_WIDTH + 10;
const VALUE_ROOM = 210;
const BAR_AREA = WIDTH - BAR_LEFT - VALUE_ROOM;
const LIFE_EXTRA = 40;
const ROW_HEIGHT = 22;
const TOP = 28;
const AXIS_HEIGHT = 30;
const LABEL_CHARACTERS = 44;
const TICK_STEPS_YEARS = [1, 2, 5, 10, 20, 25, 50];
const DAYS_PER_YEAR = 365.25;

/**
 * An inline SVG bar chart of one offence's terms, longest maximum first. It is an image to
 * assistive technology, named and described; the table beside it carries the same figures.
 */
export function renderTermChartSvg(records: readonly Jurisdiction[], offence: string, offenceName: string): Html {
  const ranked = rankTerms(records, offence, 'max');
  const finite = ranked.flatMap((r) => [r.imprisonment?.min, r.imprisonment?.max]).filter((d): d is string => d !== undefined && d !== 'life');
  const hasLife = ranked.some((r) => r.imprisonment?.max === 'life' || r.imprisonment?.min === 'life');
  const longestYears = Math.max(1, ...finite.map((d) => durationDays(parseDuration(d)!) / DAYS_PER_YEAR));
  const step = TICK_STEPS_YEARS.find((s) => longestYears / s <= 8) ?? 100;
  const scaleYears = Math.ceil(longestYears / step - 1e-9) * step;
  const finiteArea = hasLife ? BAR_AREA - LIFE_EXTRA : BAR_AREA;
  const x = (duration: string | undefined) => {
    if (duration === undefined) return 0;
    if (duration === 'life') return BAR_AREA;
    return (durationDays(parseDuration(duration)!) / DAYS_PER_YEAR / scaleYears) * finiteArea;
  };
  const height = TOP + ranked.length * ROW_HEIGHT + AXIS_HEIGHT;
  const id = anchor('chart', offence);
  const withTerm = ranked.filter((r) => r.status === 'term').length;
  const longest = ranked[0]?.status === 'term' ? ranked[0] : undefined;

  const rows = ranked.map((r, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const label = `${truncate(r.record.name, LABEL_CHARACTERS - r.record.id.length - 3)} (${r.record.id})`;
    const unverified = r.entry?.confidence === 'unverified';
    const term = r.imprisonment;
    const value = term ? describeTerm(term.min, term.max) : noFigureText(r.status as Exclude<TermStatus, 'term'>, r.entry);
    const summary = `${r.record.name} (${r.record.id}): ${value}${unverified ? ', unverified' : ''}`;
    const parts: Html[] = [html`<title>${summary}</title>`, html`<text class="label" x="${LABEL_WIDTH}" y="${y + 15}" text-anchor="end">${label}</text>`];
    if (term) {
      const maxX = term.max === undefined ? x(term.min) : x(term.max);
      const minX = Math.min(x(term.min), maxX);
      parts.push(html`<rect class="bar${unverified ? ' unverified' : ''}" x="${BAR_LEFT}" y="${y + 4}" width="${round(Math.max(maxX, 1))}" height="${ROW_HEIGHT - 8}"/>`);
      if (minX > 0) parts.push(html`<rect class="bar-min" x="${BAR_LEFT}" y="${y + 4}" width="${round(minX)}" height="${ROW_HEIGHT - 8}"/>`);
      const text = `${value}${unverified ? ' [unverified]' : ''}`;
      parts.push(html`<text class="value${unverified ? ' unverified' : ''}" x="${round(BAR_LEFT + Math.max(maxX, 1) + 6)}" y="${y + 15}">${text}</text>`);
    } else {
      parts.push(html`<text class="no-bar ${r.status.replace('_', '-')}" x="${BAR_LEFT + 6}" y="${y + 15}">${value}</text>`);
    }
    return html`<g data-id="${r.record.id}">${parts}</g>`;
  });

  const axisY = TOP + ranked.length * ROW_HEIGHT + 4;
  const ticks: Html[] = [];
  for (let years = 0; years <= scaleYears + 1e-9; years += step) {
    const tx = round(BAR_LEFT + (years / scaleYears) * finiteArea);
    ticks.push(html`<line class="grid" x1="${tx}" y1="${TOP - 4}" x2="${tx}" y2="${axisY}"/><text class="tick" x="${tx}" y="${axisY + 16}" text-anchor="middle">${years === 0 ? '0' : `${years} y`}</text>`);
  }
  if (hasLife) ticks.push(html`<text class="tick" x="${BAR_LEFT + BAR_AREA}" y="${axisY + 16}" text-anchor="middle">life</text>`);

  const description =
    `Horizontal bars, one per jurisdiction, from 0 to the maximum term of imprisonment for the basic offence of ${offenceName.toLowerCase()}; ` +
    `the lighter first part of a bar runs to the statutory minimum; life imprisonment is a full-width bar. ` +
    `${withTerm} of ${ranked.length} jurisdictions have a recorded term` +
    (longest ? `; the longest maximum is ${describeTerm(longest.imprisonment!.min, longest.imprisonment!.max)} (${longest.record.name}).` : '.') +
    ' The table that follows gives every figure with its source.';
  return joinHtml(
    [
      html`<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
      html`<title id="${id}-title">${offenceName}: term of imprisonment per jurisdiction, longest maximum first</title>`,
      html`<desc id="${id}-desc">${description}</desc>`,
      html`<text class="axis-title" x="${BAR_LEFT}" y="14">years of imprisonment</text>`,
      ...ticks,
      ...rows,
      html`<line class="axis" x1="${BAR_LEFT}" y1="${axisY}" x2="${BAR_LEFT + BAR_AREA}" y2="${axisY}"/>`,
      html`</svg>`,
    ],
    '\n',
  );
}

/** The term as the tables write it; a lone life maximum is "life", a lone minimum says the maximum is missing. */
export function describeTerm(min: string | undefined, max: string | undefined): string {
  if (max === 'life' && min === undefined) return 'life';
  if (max === undefined && min !== undefined) return `${formatTermRange(min, undefined)} (no maximum recorded)`;
  return formatTermRange(min, max);
}

function truncate(text: string, characters: number): string {
  const chars = [...text];
  return chars.length <= characters ? text : `${chars.slice(0, characters - 1).join('')}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;
