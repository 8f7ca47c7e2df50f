import { gap, type CriterionResult, type CriterionStatus, type GapResult } from '../model/standards.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import type { StandardRegistry } from '../schema/registry.js';
import { html, link, type Html } from './html.js';
import { confidenceBadge, jurisdictionCell, lawLine, plainTh, sourceList, table, th } from './report-parts.js';

const STATUS_WORDS: Record<CriterionStatus, string> = { met: 'met', not_met: 'not met', unknown: 'unknown' };

function intro(standards: StandardRegistry): Html {
  const items = Object.entries(standards).map(
    ([key, s]) => html`<li><strong>${s.name}</strong> <span class="muted">(${key})</span>: ${s.criteria.length} criteria, read on ${link(s.source.url, s.source.title)}.</li>`,
  );
  return html`<p>Each standard's criteria are tested against the data: <em>met</em>, <em>not met</em>, or <em>unknown</em> where the data does not answer (not researched, or no term recorded). The same results come from <code>jurisdiff gap</code>. A result is only as good as the figures it rests on: see each jurisdiction's evidence.</p>
<ul>${items}</ul>`;
}

/** The overview's matrix: per jurisdiction and standard, how many criteria are met, not met, unknown. */
export function standardsOverviewSection(records: readonly Jurisdiction[], standards: StandardRegistry): Html {
  const keys = Object.keys(standards);
  const header = [th('Jurisdiction', 'text'), ...keys.map((k) => th(k, 'number', undefined, standards[k]!.name))];
  const rows = records.map((record) => {
    const cells = keys.map((k) => {
      const r = gap(record, standards[k]!, k);
      const total = r.criteria.length;
      const disagreements = r.criteria.filter((c) => c.published?.agrees === false).length;
      return html`<td class="num" data-standard="${k}" data-sort="${r.totals.met}">${r.totals.met} of ${total} met <span class="muted">(${r.totals.not_met} not met, ${r.totals.unknown} unknown)</span>${disagreements ? html` <span class="badge unverified">differs from ICMEC's published result on ${disagreements}</span>` : ''}</td>`;
    });
    return html`<tr data-id="${record.id}">${jurisdictionCell(record, undefined)}${cells}</tr>`;
  });
  return html`<section id="standards" aria-labelledby="standards-title">
<h2 id="standards-title">Standards</h2>
${intro(standards)}
${table('standards-table', 'Criteria met per jurisdiction and standard. Sortable: use the buttons in the column headers.', header, rows)}
</section>`;
}

function evidenceCell(record: Jurisdiction, c: CriterionResult): Html {
  const items = c.evidence.map(
    (e) => html`<li>${e.value}${e.confidence ? html` ${confidenceBadge(e.confidence)}` : ''}${e.law ? lawLine(e.law) : ''}${e.sources.length ? sourceList(record, e.sources) : ''}</li>`,
  );
  return html`<ul class="evidence">${items}</ul>`;
}

function publishedCell(c: CriterionResult): Html {
  if (!c.published) return html`—`;
  const differs = c.published.agrees === false ? html` <span class="badge unverified">differs</span>` : '';
  return html`ICMEC edition ${c.published.edition}: ${c.published.value ? 'yes' : 'no'}${differs}`;
}

/** A briefing's standards: every criterion with its result and the figures it rests on. */
export function standardsBriefingSection(record: Jurisdiction, standards: StandardRegistry): Html {
  const tables = Object.entries(standards).map(([key, standard]) => {
    const result: GapResult = gap(record, standard, key);
    const withPublished = result.criteria.some((c) => c.published);
    const header = [plainTh('Article'), plainTh('Requires'), plainTh('Result'), plainTh('Evidence'), ...(withPublished ? [plainTh('Published')] : [])];
    const rows = result.criteria.map((c, i) => {
      const criterion = standard.criteria[i]!;
      return html`<tr data-criterion="${c.id}" class="gap-${c.status.replace('_', '-')}"><th scope="row">${c.article}</th><td>${criterion.summary}${criterion.confidence === 'verified' ? '' : html` <span class="muted">(criterion text ${criterion.confidence})</span>`}</td><td class="result" data-status="${c.status}">${STATUS_WORDS[c.status]}</td><td>${evidenceCell(record, c)}</td>${withPublished ? html`<td>${publishedCell(c)}</td>` : ''}</tr>`;
    });
    const caption = html`${standard.name} (${key}): ${result.totals.met} met, ${result.totals.not_met} not met, ${result.totals.unknown} unknown`;
    return table(`standard-${key}`, caption, header, rows, { sortable: false });
  });
  return html`<section id="standards" aria-labelledby="standards-title">
<h2 id="standards-title">Standards</h2>
${intro(standards)}
${tables}
</section>`;
}
