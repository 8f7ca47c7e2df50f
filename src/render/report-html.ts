import { formatDuration } from '../model/duration.js';
import { offenceTerm, rankTerms } from '../model/offence-status.js';
import type { Resolved } from '../model/resolve.js';
import { standingOn } from '../model/treaty-status.js';
import type { Jurisdiction, TreatyMembership } from '../schema/jurisdiction.js';
import { kindNames, type KindRegistry, type OffenceRegistry, type StandardRegistry, type TreatyRegistry } from '../schema/registry.js';
import { anchor, html, joinHtml, link, type Html } from './html.js';
import { notice, renderPage, type ReportOptions } from './report-page.js';
import {
  CONFIDENCE_RANK,
  confidenceBadge,
  details,
  failurePenalty,
  fineText,
  inheritedFrom,
  jurisdictionCell,
  lawLine,
  note,
  offenceNote,
  penaltyList,
  registryOrder,
  reportingNote,
  plainTh,
  sourceList,
  table,
  termCell,
  th,
  unverifiedBadge,
} from './report-parts.js';
import { standardsOverviewSection } from './report-standards.js';
import { renderTermChartSvg } from './report-svg.js';
import { formatStanding } from './wording.js';

export type { ReportOptions } from './report-page.js';

export interface ReportData {
  /** Resolved jurisdictions (inheritance applied), in the order to list them. */
  jurisdictions: readonly Resolved[];
  /** The offence taxonomy; its order is the order of the sections. */
  offences: OffenceRegistry;
  treaties: TreatyRegistry;
  /** Names of the aggravation kinds, so the overview can name each aggravated form by kind. */
  aggravationKinds?: KindRegistry;
  /** Standards the data is tested against (`gap`); the standards section is left out without them. */
  standards?: StandardRegistry;
  /** The day whose figures and treaty standing are shown. */
  asOf: string;
}

/**
 * The overview of many jurisdictions: offence tables with charts, reporting duties, standards,
 * the treaty matrix and the data's review dates. Sources and notes fold away (and stay folded
 * in print); each jurisdiction's briefing page (`renderBriefingHtml`) gives them in full.
 */
export function renderReportHtml(data: ReportData, options: ReportOptions = {}): string {
  const records = data.jurisdictions.map((j) => j.record);
  const offenceKeys = registryOrder(data.offences, records, (r) => r.offences);
  const standards = data.standards && Object.keys(data.standards).length ? data.standards : undefined;
  return renderPage(
    {
      kind: 'overview',
      title: 'jurisdiff report: laws against child sexual abuse material',
      summary: `${records.length} jurisdiction${records.length === 1 ? '' : 's'}: ${records.map((r) => r.id).join(', ')}.`,
      sections: [
        notice(),
        html`<p class="print-only">This printed overview gives the figures and the laws; the pages they were read on and the notes are in each jurisdiction's briefing (<code>jurisdiff report ID --out FILE</code>).</p>`,
        contents(offenceKeys, data.offences, Boolean(standards)),
        ...offenceKeys.map((key) => offenceSection(data, key)),
        reportingSection(data.jurisdictions),
        standards ? standardsOverviewSection(records, standards) : '',
        treatySection(data),
        dataSection(data, offenceKeys),
      ],
    },
    options,
  );
}

function contents(offenceKeys: readonly string[], registry: OffenceRegistry, withStandards: boolean): Html {
  const items = [
    ...offenceKeys.map((key) => html`<li><a href="#${anchor('offence', key)}">${registry[key]?.name ?? key}</a></li>`),
    html`<li><a href="#reporting">Reporting duties of providers</a></li>`,
    withStandards ? html`<li><a href="#standards">Standards</a></li>` : '',
    html`<li><a href="#treaties">Treaties</a></li>`,
    html`<li><a href="#data">About the data: review dates and confidence</a></li>`,
  ];
  return html`<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>${items}</ol></nav>`;
}

/** The law stays in view; the pages it was read on and the note fold away. */
function citation(record: Jurisdiction, law: string | undefined, sources: readonly string[], text: string): Html {
  const label = [`${sources.length} source${sources.length === 1 ? '' : 's'}`, text ? 'note' : ''].filter(Boolean).join(', ');
  return html`${lawLine(law)}${details(label, html`${sourceList(record, sources)}${text ? note(text) : ''}`)}`;
}

/** Jurisdictions without data for a section are named once in a line, not given a row each when printed. */
function notResearchedLine(records: readonly Jurisdiction[], what: string): Html {
  if (records.length === 0) return html``;
  return html`<p class="not-researched-list">${what} not researched for ${records.length}: ${records.map((r) => r.id).join(', ')}.</p>`;
}

function offenceSection(data: ReportData, key: string): Html {
  const records = data.jurisdictions.map((j) => j.record);
  const definition = data.offences[key];
  const name = definition?.name ?? key;
  const id = anchor('offence', key);
  const ranked = rankTerms(records, key, 'max');
  const researched = ranked.filter((r) => r.status !== 'not_researched').map((r) => r.record);
  const items = new Map(data.jurisdictions.map((item) => [item.record, item]));
  const aggravationNames = kindNames(data.aggravationKinds);
  const rows = ranked.map(({ record }) => offenceRow(items.get(record)!, key, aggravationNames));
  const header = [th('Jurisdiction', 'text'), th('Maximum term', 'number', 'descending'), th('Minimum term', 'number'), plainTh('Fine'), plainTh('Other penalties and aggravated forms'), th('Confidence', 'number'), plainTh('Law and sources')];
  const missing = ranked.filter((r) => r.status === 'not_researched').map((r) => r.record);
  return html`<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${name}</h2>
${definition ? html`<p>${definition.description} <span class="muted">Model law: ${definition.model_law}.</span></p>` : ''}
<figure>
${renderTermChartSvg(researched, key, name)}
<figcaption>Bars run from 0 to the maximum term (<span class="legend-swatch max" aria-hidden="true"></span>); the lighter first part runs to the statutory minimum (<span class="legend-swatch min" aria-hidden="true"></span>); life imprisonment is a full-width bar. Unverified figures are drawn in amber and marked. The chart leaves out the ${missing.length} jurisdictions not researched; the table below holds every figure.</figcaption>
</figure>
${table(`${id}-table`, `${name}: penalties per jurisdiction. Sortable: use the buttons in the column headers.`, header, rows)}
${notResearchedLine(missing, name)}
</section>`;
}

function offenceRow(item: Resolved, key: string, aggravationNames: Record<string, string>): Html {
  const { record } = item;
  const { entry, imprisonment } = offenceTerm(record, key);
  const heading = jurisdictionCell(record, inheritedFrom(item, `offences.${key}`));
  if (!entry) {
    return html`<tr data-id="${record.id}" class="not-researched">${heading}${termCell(record, key, 'max')}${termCell(record, key, 'min')}<td>—</td><td>—</td><td data-sort="">—</td><td>—</td></tr>`;
  }
  return html`<tr data-id="${record.id}"${entry.confidence === 'unverified' ? html` class="unverified"` : ''}>${heading}${termCell(record, key, 'max')}${termCell(record, key, 'min')}<td data-field="fine">${fineText(entry)}</td><td class="penalties">${penaltyList(entry, Boolean(imprisonment), { aggravationNames, brief: true })}</td><td data-sort="${CONFIDENCE_RANK[entry.confidence]}">${confidenceBadge(entry.confidence)}</td><td class="citation">${citation(record, entry.law, entry.sources, offenceNote(entry))}</td></tr>`;
}

function reportingSection(items: readonly Resolved[]): Html {
  const header = [th('Jurisdiction', 'text'), th('Providers must report', 'text'), plainTh('Who'), plainTh('To'), plainTh('Deadline'), plainTh('Preservation'), plainTh('Penalty for failing'), th('Confidence', 'number'), plainTh('Law and sources')];
  const missing: Jurisdiction[] = [];
  const rows = items.map((item) => {
    const { record } = item;
    const r = record.reporting;
    const heading = jurisdictionCell(record, inheritedFrom(item, 'reporting'));
    if (!r) {
      missing.push(record);
      return html`<tr data-id="${record.id}" class="not-researched">${heading}<td class="status" data-sort="">not researched</td>${Array.from({ length: 5 }, () => html`<td>—</td>`)}<td data-sort="">—</td><td>—</td></tr>`;
    }
    const unverified = r.confidence === 'unverified';
    return html`<tr data-id="${record.id}"${unverified ? html` class="unverified"` : ''}>${heading}<td>${r.isp_duty ? 'yes' : 'no'}${unverified ? html` ${unverifiedBadge()}` : ''}</td><td>${r.who ?? '—'}</td><td>${r.to ?? '—'}</td><td>${r.deadline ?? '—'}</td><td>${r.preservation ? formatDuration(r.preservation) : '—'}</td><td>${failurePenalty(r)}</td><td data-sort="${CONFIDENCE_RANK[r.confidence]}">${confidenceBadge(r.confidence)}</td><td class="citation">${citation(record, r.law, r.sources, reportingNote(r))}</td></tr>`;
  });
  return html`<section id="reporting" aria-labelledby="reporting-title">
<h2 id="reporting-title">Reporting duties of providers</h2>
<p>Whether internet service providers and platforms must report child sexual abuse material they find, to whom, and how fast.</p>
${table('reporting-table', 'Reporting duties per jurisdiction. Sortable: use the buttons in the column headers.', header, rows)}
${notResearchedLine(missing, 'Reporting duty')}
</section>`;
}

function treatySection(data: ReportData): Html {
  const records = data.jurisdictions.map((j) => j.record);
  const selected = new Set(records.map((r) => r.id));
  // Subdivisions take their country's treaties; list them only when their country is not in the report.
  const rowsOf = data.jurisdictions.filter(({ record }) => record.kind === 'country' || !record.parent || !selected.has(record.parent));
  const keys = registryOrder(data.treaties, records, (r) => r.treaties);
  const header = [
    th('Jurisdiction', 'text'),
    ...keys.map((k) => {
      const t = data.treaties[k];
      return th(t?.short_name ?? k, 'text', undefined, t ? `${t.name} (${t.reference})` : undefined);
    }),
  ];
  const rows = rowsOf.map((item) => {
    const { record } = item;
    return html`<tr data-id="${record.id}">${jurisdictionCell(record, inheritedFrom(item, 'treaties'))}${keys.map((k) => treatyCell(record, k, record.treaties?.[k], data.asOf))}</tr>`;
  });
  const legend = keys.map((k) => {
    const t = data.treaties[k];
    if (!t) return html`<dt>${k}</dt><dd>Not in the treaty registry.</dd>`;
    return html`<dt>${t.short_name}</dt><dd>${t.name} (${t.reference}). Depositary: ${t.depositary}. Opened ${t.opened}; ${t.in_force ? `in force ${t.in_force}` : 'not yet in force'}. Open to ${t.open_to}. ${link(t.status_url, 'Official status page')}.${t.note ? ` ${t.note}` : ''}</dd>`;
  });
  return html`<section id="treaties" aria-labelledby="treaties-title">
<h2 id="treaties-title">Treaties</h2>
<p>Standing of each country in the treaties on child sexual abuse material and cybercrime. Dates are of ratification (or accession) for parties and of signature for signatories. Subdivisions take their country's treaties.</p>
${table('treaty-table', 'Treaty matrix. Sortable: use the buttons in the column headers.', header, rows)}
<h3>The treaties</h3>
<dl class="treaties">${legend}</dl>
</section>`;
}

function treatyCell(record: Jurisdiction, key: string, t: TreatyMembership | undefined, asOf: string): Html {
  const standing = t && standingOn(t, asOf);
  if (!t || !standing) return html`<td class="status" data-treaty="${key}" data-sort="">not researched</td>`;
  const confidence = t.confidence ?? 'unverified';
  const count = t.sources?.length ?? 0;
  const sources = (t.sources ?? []).map((sourceKey, i) => {
    const source = record.sources[sourceKey];
    return source ? link(source.url, `source${count > 1 ? ` ${i + 1}` : ''}`, source.title) : html`${sourceKey}`;
  });
  return html`<td data-treaty="${key}" data-sort="${standing.status}">${formatStanding(standing)}${confidence === 'unverified' ? html` ${unverifiedBadge()}` : html` <span class="muted">(${confidence})</span>`}${sources.length ? html`<br><span class="source-kind">${joinHtml(sources, ', ')}</span>` : ''}${t.note ? details('Note', note(t.note)) : ''}</td>`;
}

function dataSection(data: ReportData, offenceKeys: readonly string[]): Html {
  const header = [th('Jurisdiction', 'text'), th('Kind', 'text'), th('Region', 'text'), plainTh('Legal system'), th('Reviewed', 'text'), th('Verified', 'number'), th('Reported', 'number'), th('Unverified', 'number'), th('Not researched', 'number'), plainTh('Notes')];
  const rows = data.jurisdictions.map(({ record }) => {
    const counts = { verified: 0, reported: 0, unverified: 0, not_researched: 0 };
    for (const key of offenceKeys) counts[record.offences?.[key]?.confidence ?? 'not_researched']++;
    const kind = record.kind === 'subdivision' && record.parent ? `subdivision of ${record.parent}` : record.kind;
    const count = (n: number) => html`<td class="num" data-sort="${n}">${n}</td>`;
    return html`<tr data-id="${record.id}">${jurisdictionCell(record, undefined)}<td>${kind}</td><td>${record.region}</td><td>${(record.legal_system ?? 'not researched').replace(/_/g, ' ')}</td><td data-sort="${record.reviewed}"><time datetime="${record.reviewed}">${record.reviewed}</time></td>${count(counts.verified)}${count(counts.reported)}${count(counts.unverified)}${count(counts.not_researched)}<td>${record.notes ? details('Notes', note(record.notes)) : '—'}</td></tr>`;
  });
  return html`<section id="data" aria-labelledby="data-title">
<h2 id="data-title">About the data: review dates and confidence</h2>
<p>When a person last checked every figure in each file, and how the ${offenceKeys.length} offence entries of each jurisdiction are sourced: <em>verified</em> (the text of the statute or an official register), <em>reported</em> (a secondary source, or an older version of the text), <em>unverified</em> (seen on no page), or not researched. Each jurisdiction's briefing page (<code>jurisdiff report ID --out FILE</code>) gives every figure with its sources and notes in full.</p>
${table('data-table', 'Review dates and confidence per jurisdiction. Sortable: use the buttons in the column headers.', header, rows)}
</section>`;
}
