// Pieces both report pages are built from, so a figure reads the same on each.
import { durationDays, formatDuration, parseDuration } from '../model/duration.js';
import { isFineOnly, offenceTerm } from '../model/offence-status.js';
import type { Resolved } from '../model/resolve.js';
import type { Jurisdiction, Offence, Reporting } from '../schema/jurisdiction.js';
import type { Confidence } from '../schema/primitives.js';
import { html, joinHtml, link, type Html, type HtmlValue } from './html.js';
import { orderedKeys } from '../compare/compare.js';
import { aggravationKinds, combinationWords, formatAggravation, formatAggravationPenalties, formatCorporal, formatFailurePenalty, formatFine, NO_FIGURE, noFigureText, WIDER_OFFENCE } from './wording.js';

/** Sort key for a life term: above every finite term in days, and a plain number for the sorting script. */
const LIFE_SORT_KEY = 1e9;
export const CONFIDENCE_RANK: Record<Confidence, number> = { verified: 3, reported: 2, unverified: 1 };
const UNVERIFIED_TITLE = 'not seen on any source page: check before relying on it';

export function confidenceBadge(confidence: Confidence): Html {
  return confidence === 'unverified' ? unverifiedBadge() : html`<span class="badge ${confidence}">${confidence}</span>`;
}

export function unverifiedBadge(): Html {
  return html`<span class="badge unverified" title="${UNVERIFIED_TITLE}">unverified</span>`;
}

/** A term cell with its data form and a numeric sort key, or the status that stands in for a term. */
export function termCell(record: Jurisdiction, key: string, bound: 'max' | 'min'): Html {
  const { status, entry, imprisonment } = offenceTerm(record, key);
  const value = imprisonment?.[bound];
  if (value !== undefined) {
    const parsed = parseDuration(value);
    const sortKey = parsed ? (parsed.life ? LIFE_SORT_KEY : Math.round(durationDays(parsed) * 100) / 100) : '';
    const mark = entry?.confidence === 'unverified' ? html` ${unverifiedBadge()}` : '';
    return html`<td class="num" data-bound="${bound}" data-term="${value}" data-sort="${sortKey}">${formatDuration(value)}${mark}</td>`;
  }
  const text = bound === 'min' && status !== 'term' ? '—' : { no_offence: 'no offence', no_term: noFigureText('no_term', entry), term: 'none recorded', not_researched: NO_FIGURE.not_researched }[status];
  return html`<td class="num${bound === 'max' ? ' status' : ''}" data-bound="${bound}" data-sort="">${text}</td>`;
}

export function fineText(entry: Offence): Html {
  if (!entry.fine) return html`—`;
  const mark = entry.confidence === 'unverified' ? html` ${unverifiedBadge()}` : '';
  return html`${entry.combination ? `${combinationWords(entry.combination)} ` : ''}${formatFine(entry.fine)}${mark}`;
}

export interface PenaltyListOptions {
  /** Names of aggravation and defence kinds (the registries). */
  aggravationNames: Record<string, string>;
  defenceNames?: Record<string, string>;
  /** The overview names an aggravation by its kinds (the statute's words are a tooltip); a briefing gives both. */
  brief: boolean;
}

/** Whatever else the law attaches to the offence: aggravated forms, corporal and capital punishment, defences. */
export function penaltyList(entry: Offence, hasTerm: boolean, options: PenaltyListOptions): Html {
  const items: HtmlValue[] = [];
  if (!entry.criminalised) items.push(html`<span class="status">no offence: a source says the act is not a crime here</span>`);
  else if (!hasTerm && !isFineOnly(entry)) items.push(html`<span class="status">no term of imprisonment recorded</span>`);
  if (entry.criminalised && entry.wider_offence) items.push(html`<span class="status">${WIDER_OFFENCE}</span>`);
  if (entry.corporal) items.push(`Corporal punishment: ${formatCorporal(entry.corporal)}`);
  if (entry.capital) items.push('Death penalty');
  for (const a of entry.aggravations ?? []) {
    const law = a.law ? html` <span class="muted">(${a.law})</span>` : '';
    if (options.brief && a.kinds?.length) {
      const penalties = formatAggravationPenalties(a, entry.imprisonment);
      items.push(html`<span title="${a.when}">Aggravated (${aggravationKinds(a, options.aggravationNames)})${penalties ? `: ${penalties}` : ''}</span>`);
    } else {
      items.push(html`Aggravated: ${formatAggravation(a, options.aggravationNames, entry.imprisonment)}${law}`);
    }
  }
  if (options.defenceNames) {
    for (const d of entry.defences ?? []) items.push(html`Defence: ${options.defenceNames[d.kind] ?? d.kind}${d.note ? `: ${d.note}` : ''}${d.law ? html` <span class="muted">(${d.law})</span>` : ''}`);
  }
  return items.length ? html`<ul class="penalty-list">${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`—`;
}

export function failurePenalty(r: Reporting): string {
  return (r.failure_penalty && formatFailurePenalty(r.failure_penalty)) || '—';
}

/** An offence entry's note, with its term's note first. */
export function offenceNote(entry: Offence): string {
  return noteText(entry.imprisonment?.note && `Term: ${entry.imprisonment.note}`, entry.note);
}

/** A reporting duty's note, with its penalty's note first where the penalty has figures as well. */
export function reportingNote(r: Reporting): string {
  const p = r.failure_penalty;
  return noteText(p?.note && (p.imprisonment || p.fine) ? `Penalty for failing: ${p.note}` : undefined, r.note);
}

/** Each cited page as a link with its kind and the date it was read. */
export function sourceList(record: Jurisdiction, sourceKeys: readonly string[]): Html {
  if (sourceKeys.length === 0) return html`<p class="muted">no source cited</p>`;
  const items = sourceKeys.map((key) => {
    const source = record.sources[key];
    if (!source) return html`<li>${key} <span class="bad-url">(source not found in the file)</span></li>`;
    return html`<li>${link(source.url, source.title)} <span class="source-kind">${source.kind.replace(/_/g, ' ')}, read ${source.accessed}</span></li>`;
  });
  return html`<ul class="sources">${items}</ul>`;
}

export function lawLine(law: string | undefined): Html {
  return law ? html`<p class="law">${law}</p>` : html`<p class="law muted">no statute section recorded</p>`;
}

export function noteText(...notes: Array<string | undefined>): string {
  return notes.filter((n): n is string => Boolean(n)).join('\n');
}

export function details(summary: HtmlValue, content: HtmlValue): Html {
  return html`<details><summary>${summary}</summary>${content}</details>`;
}

export function note(text: string): Html {
  return html`<p class="note">${text}</p>`;
}

export function jurisdictionCell(record: Jurisdiction, from: string | undefined): Html {
  return html`<th scope="row" data-sort="${record.name}">${record.name} <span class="muted">(${record.id})</span>${from ? html` <span class="inherited">from ${from}</span>` : ''}</th>`;
}

export function th(label: string, type: 'text' | 'number', sort?: 'ascending' | 'descending', title?: string): Html {
  return html`<th scope="col" data-type="${type}"${sort ? html` aria-sort="${sort}"` : ''}><button type="button"${title ? html` title="${title}"` : ''}>${label}</button></th>`;
}

export function plainTh(label: string): Html {
  return html`<th scope="col">${label}</th>`;
}

export function table(id: string, caption: HtmlValue, header: readonly Html[], rows: readonly Html[], options: { sortable?: boolean } = {}): Html {
  const sortable = options.sortable ?? true;
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table id="${id}"${sortable ? html` class="sortable"` : ''}>
<caption id="${id}-caption">${caption}</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${joinHtml(rows, '\n')}
</tbody>
</table>
</div>`;
}

export function inheritedFrom(item: Resolved, key: string): string | undefined {
  const from = item.origin[key];
  return from !== undefined && from !== item.record.id ? from : undefined;
}

/** Every key of the registry in its order (the taxonomy's), then keys the records hold that it lacks. */
export function registryOrder(registry: Record<string, unknown>, records: readonly Jurisdiction[], pick: (record: Jurisdiction) => object | undefined): string[] {
  return orderedKeys([Object.keys(registry), ...records.map((r) => Object.keys(pick(r) ?? {}))], registry);
}
