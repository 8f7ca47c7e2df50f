import { createHash } from 'node:crypto';
import { durationDays, formatDuration, parseDuration } from '../model/duration.js';
import { standingOn } from '../model/treaty-status.js';
import { offenceTerm, rankTerms } from '../model/offence-status.js';
import type { Resolved } from '../model/resolve.js';
import type { Jurisdiction, Offence, Reporting, TreatyMembership } from '../schema/jurisdiction.js';
import type { Confidence } from '../schema/primitives.js';
import type { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import { combinationWords, formatAggravationPenalties, formatCorporal, formatFine, formatImprisonment, formatStanding } from './wording.js';
import { anchor, escapeHtml, link } from './html.js';
import { REPORT_CSS, REPORT_JS } from './report-assets.js';
import { describeTerm, renderTermChartSvg } from './report-svg.js';

export interface ReportData {
  /** Resolved jurisdictions (inheritance applied), in the order to list them. */
  jurisdictions: readonly Resolved[];
  /** The offence taxonomy; its order is the order of the sections. */
  offences: OffenceRegistry;
  treaties: TreatyRegistry;
  /** The day whose figures and treaty standing are shown. */
  asOf: string;
}

export interface ReportOptions {
  /** Date shown as "generated on"; left out when absent, so fixed inputs give identical bytes. */
  generated?: string;
  /** jurisdiff version named in the footer. */
  version?: string;
}

/** Sort key for a life term: above every finite term in days, and a plain number for the sorting script. */
const LIFE_SORT_KEY = 1e9;
const CONFIDENCE_RANK: Record<Confidence, number> = { verified: 3, reported: 2, unverified: 1 };
const UNVERIFIED_TITLE = 'not seen on any source page: check before relying on it';

/**
 * One self-contained HTML page: offence tables with charts, reporting duties, the treaty
 * matrix and the data's review dates. Inline CSS and JS only, locked down by a
 * Content-Security-Policy that allows nothing to be fetched.
 */
export function renderReportHtml(data: ReportData, options: ReportOptions = {}): string {
  const records = data.jurisdictions.map((j) => j.record);
  const offenceKeys = offenceOrder(records, data.offences);
  const sections = [
    notice(),
    contents(offenceKeys, data.offences),
    ...offenceKeys.map((key) => offenceSection(data, key)),
    reportingSection(data.jurisdictions),
    treatySection(data),
    dataSection(data),
  ];
  const title = 'jurisdiff report: laws against child sexual abuse material';
  const generated = options.generated ? ` Generated on ${escapeHtml(options.generated)}.` : '';
  const summary = `${records.length} jurisdiction${records.length === 1 ? '' : 's'}: ${records.map((r) => escapeHtml(r.id)).join(', ')}.${generated}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    // An empty icon, so a browser has no reason to ask for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p class="meta">${summary}</p>`,
    '</header>',
    '<main>',
    ...sections,
    '</main>',
    `<footer><p>Not legal advice. Made with jurisdiff${options.version ? ` ${escapeHtml(options.version)}` : ''} from its YAML data set; every figure cites the statute and the page it was read on.</p></footer>`,
    '<p id="sort-status" class="visually-hidden" aria-live="polite"></p>',
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Nothing may load from anywhere: inline style and script are allowed by hash only. */
function contentSecurityPolicy(): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return [
    "default-src 'none'",
    `style-src ${hash(REPORT_CSS)}`,
    `script-src ${hash(REPORT_JS)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function notice(): string {
  return `<section class="notice" aria-labelledby="notice-title">
<h2 id="notice-title">Not legal advice</h2>
<p><strong>This report is not legal advice.</strong> It summarises statutes so that they can be compared. Laws change, and a figure here may be out of date or wrong: check the cited statute, and ask a qualified lawyer, before relying on any of it.</p>
<p>Figures marked <span class="badge unverified">unverified</span> were not seen on any source page. <em>Reported</em> figures come from a secondary source, <em>verified</em> ones from the statute or an official register. Terms are those of the basic offence; aggravated forms are listed beside them.</p>
<p>Three different things are kept apart: <em>not researched</em> (the data set says nothing about that offence there), <em>no offence</em> (a source says the act is not a crime there), and <em>no term recorded</em> (an offence exists, but the data holds no term of imprisonment for it).</p>
</section>`;
}

function contents(offenceKeys: readonly string[], registry: OffenceRegistry): string {
  const items = [
    ...offenceKeys.map((key) => `<li><a href="#${anchor('offence', key)}">${escapeHtml(registry[key]?.name ?? key)}</a></li>`),
    '<li><a href="#reporting">Reporting duties of providers</a></li>',
    '<li><a href="#treaties">Treaties</a></li>',
    '<li><a href="#data">About the data: review dates and confidence</a></li>',
  ];
  return `<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>${items.join('')}</ol></nav>`;
}

function offenceSection(data: ReportData, key: string): string {
  const records = data.jurisdictions.map((j) => j.record);
  const definition = data.offences[key];
  const name = definition?.name ?? key;
  const id = anchor('offence', key);
  const rows = rankTerms(records, key, 'max').map(({ record }) => offenceRow(data.jurisdictions.find((j) => j.record === record)!, key));
  const header = [
    th('Jurisdiction', 'text'),
    th('Maximum term', 'number', 'descending'),
    th('Minimum term', 'number'),
    '<th scope="col">Fine</th>',
    '<th scope="col">Other penalties and aggravated forms</th>',
    th('Confidence', 'number'),
    '<th scope="col">Law and sources</th>',
  ];
  return `<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(name)}</h2>
${definition ? `<p>${escapeHtml(definition.description)} <span class="muted">Model law: ${escapeHtml(definition.model_law)}.</span></p>` : ''}
<figure>
${renderTermChartSvg(records, key, name)}
<figcaption>Bars run from 0 to the maximum term (<span class="legend-swatch max" aria-hidden="true"></span>); the lighter first part runs to the statutory minimum (<span class="legend-swatch min" aria-hidden="true"></span>); life imprisonment is a full-width bar. Unverified figures are drawn in amber and marked. The table below holds the same figures.</figcaption>
</figure>
${table(`${id}-table`, `${escapeHtml(name)}: penalties per jurisdiction. Sortable: use the buttons in the column headers.`, header, rows)}
</section>`;
}

function offenceRow(item: Resolved, key: string): string {
  const { record } = item;
  const { status, entry, imprisonment } = offenceTerm(record, key);
  const from = inheritedFrom(item, `offences.${key}`);
  const heading = jurisdictionCell(record, from);
  if (!entry) {
    return `<tr data-id="${escapeHtml(record.id)}" class="not-researched">${heading}<td class="num status" data-bound="max" data-sort="">not researched</td><td class="num" data-bound="min" data-sort="">—</td><td>—</td><td>—</td><td data-sort="">—</td><td>—</td></tr>`;
  }
  const unverified = entry.confidence === 'unverified';
  const mark = unverified ? ` ${unverifiedBadge()}` : '';
  const termCell = (bound: 'max' | 'min') => {
    const value = imprisonment?.[bound];
    if (value !== undefined) {
      const parsed = parseDuration(value);
      const sortKey = parsed ? (parsed.life ? LIFE_SORT_KEY : Math.round(durationDays(parsed) * 100) / 100) : '';
      return `<td class="num" data-bound="${bound}" data-term="${escapeHtml(value)}" data-sort="${sortKey}">${escapeHtml(formatDuration(value))}${mark}</td>`;
    }
    const text = bound === 'min' && status !== 'term' ? '—' : { no_offence: 'no offence', no_term: 'no term recorded', term: 'none recorded', not_researched: 'not researched' }[status];
    return `<td class="num${bound === 'max' ? ' status' : ''}" data-bound="${bound}" data-sort="">${text}</td>`;
  };
  const fine = entry.fine ? `${entry.combination ? `${escapeHtml(combinationWords(entry.combination))} ` : ''}${escapeHtml(formatFine(entry.fine))}${mark}` : '—';
  return [
    `<tr data-id="${escapeHtml(record.id)}"${unverified ? ' class="unverified"' : ''}>`,
    heading,
    termCell('max'),
    termCell('min'),
    `<td data-field="fine">${fine}</td>`,
    `<td class="penalties">${otherPenalties(entry, Boolean(imprisonment))}</td>`,
    `<td data-sort="${CONFIDENCE_RANK[entry.confidence]}">${confidenceBadge(entry.confidence)}</td>`,
    `<td class="citation">${citation(record, entry.law, entry.sources, entry.note, entry.imprisonment?.note)}</td>`,
    '</tr>',
  ].join('');
}

function otherPenalties(entry: Offence, hasTerm: boolean): string {
  const items: string[] = [];
  if (!entry.criminalised) items.push('<span class="status">no offence: a source says the act is not a crime here</span>');
  else if (!hasTerm) items.push('<span class="status">no term of imprisonment recorded</span>');
  if (entry.corporal) items.push(`Corporal punishment: ${escapeHtml(formatCorporal(entry.corporal))}`);
  if (entry.capital) items.push('Death penalty');
  for (const a of entry.aggravations ?? []) {
    const penalties = formatAggravationPenalties(a);
    items.push(`Aggravated: ${escapeHtml(a.when)}${penalties ? `: ${escapeHtml(penalties)}` : ''}${a.law ? ` <span class="muted">(${escapeHtml(a.law)})</span>` : ''}`);
  }
  return items.length ? `<ul class="penalty-list">${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '—';
}

function reportingSection(items: readonly Resolved[]): string {
  const header = [
    th('Jurisdiction', 'text'),
    th('Providers must report', 'text'),
    '<th scope="col">Who</th>',
    '<th scope="col">To</th>',
    '<th scope="col">Deadline</th>',
    '<th scope="col">Preservation</th>',
    '<th scope="col">Penalty for failing</th>',
    th('Confidence', 'number'),
    '<th scope="col">Law and sources</th>',
  ];
  const rows = items.map((item) => {
    const { record } = item;
    const r = record.reporting;
    const heading = jurisdictionCell(record, inheritedFrom(item, 'reporting'));
    if (!r) {
      return `<tr data-id="${escapeHtml(record.id)}" class="not-researched">${heading}<td class="status" data-sort="">not researched</td>${'<td>—</td>'.repeat(5)}<td data-sort="">—</td><td>—</td></tr>`;
    }
    const text = (value: string | undefined) => (value === undefined ? '—' : escapeHtml(value));
    return [
      `<tr data-id="${escapeHtml(record.id)}"${r.confidence === 'unverified' ? ' class="unverified"' : ''}>`,
      heading,
      `<td>${r.isp_duty ? 'yes' : 'no'}${r.confidence === 'unverified' ? ` ${unverifiedBadge()}` : ''}</td>`,
      `<td>${text(r.who)}</td>`,
      `<td>${text(r.to)}</td>`,
      `<td>${text(r.deadline)}</td>`,
      `<td>${r.preservation ? escapeHtml(formatDuration(r.preservation)) : '—'}</td>`,
      `<td>${failurePenalty(r)}</td>`,
      `<td data-sort="${CONFIDENCE_RANK[r.confidence]}">${confidenceBadge(r.confidence)}</td>`,
      `<td class="citation">${citation(record, r.law, r.sources, r.note)}</td>`,
      '</tr>',
    ].join('');
  });
  return `<section id="reporting" aria-labelledby="reporting-title">
<h2 id="reporting-title">Reporting duties of providers</h2>
<p>Whether internet service providers and platforms must report child sexual abuse material they find, to whom, and how fast.</p>
${table('reporting-table', 'Reporting duties per jurisdiction. Sortable: use the buttons in the column headers.', header, rows)}
</section>`;
}

function failurePenalty(r: Reporting): string {
  const p = r.failure_penalty;
  if (!p) return '—';
  const parts = [p.imprisonment && `imprisonment ${formatImprisonment(p.imprisonment)}`, p.fine && `fine ${formatFine(p.fine)}`, p.note].filter(Boolean);
  return escapeHtml(parts.join('; ')) || '—';
}

function treatySection(data: ReportData): string {
  const records = data.jurisdictions.map((j) => j.record);
  const selected = new Set(records.map((r) => r.id));
  // Subdivisions take their country's treaties; list them only when their country is not in the report.
  const rowsOf = data.jurisdictions.filter(({ record }) => record.kind === 'country' || !record.parent || !selected.has(record.parent));
  const keys = [...new Set([...Object.keys(data.treaties), ...records.flatMap((r) => Object.keys(r.treaties ?? {}))])];
  const header = [
    th('Jurisdiction', 'text'),
    ...keys.map((k) => {
      const t = data.treaties[k];
      return th(t?.short_name ?? k, 'text', undefined, t ? `${t.name} (${t.reference})` : undefined);
    }),
  ];
  const rows = rowsOf.map((item) => {
    const { record } = item;
    const cells = keys.map((k) => treatyCell(record, k, record.treaties?.[k], data.asOf));
    return `<tr data-id="${escapeHtml(record.id)}">${jurisdictionCell(record, inheritedFrom(item, 'treaties'))}${cells.join('')}</tr>`;
  });
  const legend = keys
    .map((k) => {
      const t = data.treaties[k];
      if (!t) return `<dt>${escapeHtml(k)}</dt><dd>Not in the treaty registry.</dd>`;
      return `<dt>${escapeHtml(t.short_name)}</dt><dd>${escapeHtml(t.name)} (${escapeHtml(t.reference)}). Depositary: ${escapeHtml(t.depositary)}. Opened ${escapeHtml(t.opened)}; ${t.in_force ? `in force ${escapeHtml(t.in_force)}` : 'not yet in force'}. Open to ${escapeHtml(t.open_to)}. ${link(t.status_url, 'Official status page')}.${t.note ? ` ${escapeHtml(t.note)}` : ''}</dd>`;
    })
    .join('');
  return `<section id="treaties" aria-labelledby="treaties-title">
<h2 id="treaties-title">Treaties</h2>
<p>Standing of each country in the treaties on child sexual abuse material and cybercrime. Dates are of ratification (or accession) for parties and of signature for signatories. Subdivisions take their country's treaties.</p>
${table('treaty-table', 'Treaty matrix. Sortable: use the buttons in the column headers.', header, rows)}
<h3>The treaties</h3>
<dl class="treaties">${legend}</dl>
</section>`;
}

function treatyCell(record: Jurisdiction, key: string, t: TreatyMembership | undefined, asOf: string): string {
  const standing = t && standingOn(t, asOf);
  if (!t || !standing) return `<td class="status" data-treaty="${escapeHtml(key)}" data-sort="">not researched</td>`;
  const confidence = t.confidence ?? 'unverified';
  const sources = (t.sources ?? []).map((key, i) => {
    const source = record.sources[key];
    return source ? link(source.url, `source${(t.sources?.length ?? 0) > 1 ? ` ${i + 1}` : ''}`, `title="${escapeHtml(source.title)}"`) : escapeHtml(key);
  });
  return `<td data-treaty="${escapeHtml(key)}" data-sort="${escapeHtml(standing.status)}">${escapeHtml(formatStanding(standing))}${confidence === 'unverified' ? ` ${unverifiedBadge()}` : ` <span class="muted">(${confidence})</span>`}${sources.length ? `<br><span class="source-kind">${sources.join(', ')}</span>` : ''}${t.note ? details('Note', t.note) : ''}</td>`;
}

function dataSection(data: ReportData): string {
  const offenceKeys = offenceOrder(
    data.jurisdictions.map((j) => j.record),
    data.offences,
  );
  const header = [
    th('Jurisdiction', 'text'),
    th('Kind', 'text'),
    th('Region', 'text'),
    '<th scope="col">Legal system</th>',
    th('Reviewed', 'text'),
    th('Verified', 'number'),
    th('Reported', 'number'),
    th('Unverified', 'number'),
    th('Not researched', 'number'),
    '<th scope="col">Notes</th>',
  ];
  const rows = data.jurisdictions.map(({ record }) => {
    const counts = { verified: 0, reported: 0, unverified: 0, not_researched: 0 };
    for (const key of offenceKeys) {
      const entry = record.offences?.[key];
      if (entry) counts[entry.confidence]++;
      else counts.not_researched++;
    }
    const kind = record.kind === 'subdivision' && record.parent ? `subdivision of ${record.parent}` : record.kind;
    return [
      `<tr data-id="${escapeHtml(record.id)}">`,
      jurisdictionCell(record, undefined),
      `<td>${escapeHtml(kind)}</td>`,
      `<td>${escapeHtml(record.region)}</td>`,
      `<td>${escapeHtml((record.legal_system ?? 'not researched').replace(/_/g, ' '))}</td>`,
      `<td data-sort="${escapeHtml(record.reviewed)}"><time datetime="${escapeHtml(record.reviewed)}">${escapeHtml(record.reviewed)}</time></td>`,
      `<td class="num" data-sort="${counts.verified}">${counts.verified}</td>`,
      `<td class="num" data-sort="${counts.reported}">${counts.reported}</td>`,
      `<td class="num" data-sort="${counts.unverified}">${counts.unverified}</td>`,
      `<td class="num" data-sort="${counts.not_researched}">${counts.not_researched}</td>`,
      `<td>${record.notes ? details('Notes', record.notes) : '—'}</td>`,
      '</tr>',
    ].join('');
  });
  return `<section id="data" aria-labelledby="data-title">
<h2 id="data-title">About the data: review dates and confidence</h2>
<p>When a person last checked every figure in each file, and how the ${offenceKeys.length} offence entries of each jurisdiction are sourced: <em>verified</em> (statute or official register), <em>reported</em> (secondary source), <em>unverified</em> (seen on no page), or not researched.</p>
${table('data-table', 'Review dates and confidence per jurisdiction. Sortable: use the buttons in the column headers.', header, rows)}
</section>`;
}

/** The statute, then each cited page as a link with its kind and the date it was read. */
function citation(record: Jurisdiction, law: string | undefined, sourceKeys: readonly string[], note: string | undefined, termNote?: string): string {
  const sources = sourceKeys.map((key) => {
    const source = record.sources[key];
    if (!source) return `<li>${escapeHtml(key)} <span class="bad-url">(source not found in the file)</span></li>`;
    return `<li>${link(source.url, source.title)} <span class="source-kind">${source.kind.replace(/_/g, " ")}, read ${escapeHtml(source.accessed)}</span></li>`;
  });
  const notes = [termNote && `Term: ${termNote}`, note].filter((n): n is string => Boolean(n)).join('\n');
  return [
    law ? `<p class="law">${escapeHtml(law)}</p>` : '<p class="law muted">no statute section recorded</p>',
    sources.length ? `<ul class="sources">${sources.join('')}</ul>` : '<p class="muted">no source cited</p>',
    notes ? details('Note', notes) : '',
  ].join('');
}

function details(summary: string, text: string): string {
  return `<details><summary>${summary}</summary><p class="note">${escapeHtml(text)}</p></details>`;
}

function jurisdictionCell(record: Jurisdiction, from: string | undefined): string {
  return `<th scope="row" data-sort="${escapeHtml(record.name)}">${escapeHtml(record.name)} <span class="muted">(${escapeHtml(record.id)})</span>${from ? ` <span class="inherited">from ${escapeHtml(from)}</span>` : ''}</th>`;
}

function th(label: string, type: 'text' | 'number', sort?: 'ascending' | 'descending', title?: string): string {
  return `<th scope="col" data-type="${type}"${sort ? ` aria-sort="${sort}"` : ''}><button type="button"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(label)}</button></th>`;
}

function table(id: string, caption: string, header: readonly string[], rows: readonly string[]): string {
  return `<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table id="${id}" class="sortable">
<caption id="${id}-caption">${caption}</caption>
<thead><tr>${header.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

function confidenceBadge(confidence: Confidence): string {
  return confidence === 'unverified' ? unverifiedBadge() : `<span class="badge ${confidence}">${confidence}</span>`;
}

function unverifiedBadge(): string {
  return `<span class="badge unverified" title="${UNVERIFIED_TITLE}">unverified</span>`;
}

function inheritedFrom(item: Resolved, key: string): string | undefined {
  const from = item.origin[key];
  return from !== undefined && from !== item.record.id ? from : undefined;
}

/** Registry order first (the taxonomy's order), then keys the registry lacks, alphabetically. */
function offenceOrder(records: readonly Jurisdiction[], registry: OffenceRegistry): string[] {
  const present = new Set(records.flatMap((r) => Object.keys(r.offences ?? {})));
  const known = Object.keys(registry);
  return [...known, ...[...present].filter((k) => !known.includes(k)).sort()];
}

