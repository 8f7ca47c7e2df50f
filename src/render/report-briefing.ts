import { formatDuration } from '../model/duration.js';
import { offenceTerm } from '../model/offence-status.js';
import type { Resolved } from '../model/resolve.js';
import { eventsInOrder, standingOn } from '../model/treaty-status.js';
import type { Definitions, Jurisdiction, Reporting } from '../schema/jurisdiction.js';
import { kindNames, type KindRegistry, type OffenceRegistry, type StandardRegistry, type TreatyRegistry } from '../schema/registry.js';
import { html, link, type Html, type HtmlValue } from './html.js';
import { notice, renderPage, type ReportOptions } from './report-page.js';
import { confidenceBadge, failurePenalty, fineText, inheritedFrom, lawLine, note, noteText, offenceNote, penaltyList, plainTh, registryOrder, reportingNote, sourceList, table, termCell } from './report-parts.js';
import { standardsBriefingSection } from './report-standards.js';
import { formatImprisonment, formatReservation, formatStanding } from './wording.js';

export interface BriefingData {
  /** The jurisdiction (inheritance applied), as of `asOf`. */
  jurisdiction: Resolved;
  offences: OffenceRegistry;
  treaties: TreatyRegistry;
  standards?: StandardRegistry;
  aggravationKinds?: KindRegistry;
  defenceKinds?: KindRegistry;
  asOf: string;
}


/**
 * A one-jurisdiction briefing: every figure with its law, sources and note in full (nothing folds
 * away, on screen or in print), its definitions, reporting duty, standards, treaties, and every
 * page the file cites.
 */
export function renderBriefingHtml(data: BriefingData, options: ReportOptions = {}): string {
  const item = data.jurisdiction;
  const { record } = item;
  const sections = [
    notice(),
    identitySection(record, data.asOf),
    definitionsSection(item),
    offencesSection(data),
    reportingSection(item),
    data.standards && Object.keys(data.standards).length ? standardsBriefingSection(record, data.standards) : '',
    record.kind === 'country' || !inheritedFrom(item, 'treaties') ? treatiesSection(data) : '',
    sourcesSection(record),
  ];
  return renderPage(
    {
      kind: 'briefing',
      title: `jurisdiff briefing: ${record.name} (${record.id})`,
      summary: `Laws against child sexual abuse material as of ${data.asOf}; file reviewed ${record.reviewed}.`,
      sections,
    },
    options,
  );
}

function fields(rows: ReadonlyArray<[string, HtmlValue]>): Html {
  return html`<dl class="fields">${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

function cited(law: string | undefined, record: Jurisdiction, sources: readonly string[], text: string): Html {
  return html`${lawLine(law)}${sourceList(record, sources)}${text ? note(text) : ''}`;
}

function fromLine(item: Resolved, key: string): Html {
  const from = inheritedFrom(item, key);
  return from ? html`<p class="inherited">Taken from ${from}.</p>` : html``;
}

function identitySection(record: Jurisdiction, asOf: string): Html {
  const kind = record.kind === 'subdivision' && record.parent ? `subdivision of ${record.parent}` : record.kind;
  return html`<section id="jurisdiction" aria-labelledby="jurisdiction-title">
<h2 id="jurisdiction-title">${record.name}</h2>
${fields([
  ['Id', record.id],
  ['Kind', kind],
  ['Region', record.region],
  ['Legal system', (record.legal_system ?? 'not researched').replace(/_/g, ' ')],
  ['Reviewed', html`<time datetime="${record.reviewed}">${record.reviewed}</time>`],
  ['Figures as of', asOf],
])}
${record.notes ? note(record.notes) : ''}
</section>`;
}

function definitionsSection(item: Resolved): Html {
  const d: Definitions | undefined = item.record.definitions;
  const body = d
    ? html`${fields([
        ['Child: a person under', d.child_age === undefined ? 'not recorded' : String(d.child_age)],
        ['Drawn, computer-generated or AI-made depictions', d.virtual_material ? html`${d.virtual_material}${d.virtual_law ? html` <span class="muted">(${d.virtual_law})</span>` : ''}` : 'not recorded'],
        ['Child-specific law', d.child_specific === undefined ? 'not recorded' : d.child_specific ? 'yes' : 'no: only a general obscenity or morals law'],
        ['Offences abroad', d.extraterritorial ? extraterritorialText(d.extraterritorial) : 'not recorded'],
        ['Confidence', confidenceBadge(d.confidence)],
      ])}${cited(d.law, item.record, d.sources, d.note ?? '')}`
    : html`<p class="status">Not researched.</p>`;
  return html`<section id="definitions" aria-labelledby="definitions-title">
<h2 id="definitions-title">Definitions</h2>
${fromLine(item, 'definitions')}${body}
</section>`;
}

function extraterritorialText(e: NonNullable<Definitions['extraterritorial']>): string {
  const yesNo = (v: boolean | undefined) => (v === undefined ? 'not recorded' : v ? 'yes' : 'no');
  return `nationals: ${yesNo(e.nationals)}; residents: ${yesNo(e.residents)}; dual criminality required: ${yesNo(e.dual_criminality)}${e.law ? ` (${e.law})` : ''}`;
}

function offencesSection(data: BriefingData): Html {
  const item = data.jurisdiction;
  const { record } = item;
  const aggravationNames = kindNames(data.aggravationKinds);
  const defenceNames = kindNames(data.defenceKinds);
  const header = [plainTh('Offence'), plainTh('Maximum term'), plainTh('Minimum term'), plainTh('Fine'), plainTh('Aggravated forms, defences, other penalties'), plainTh('Confidence'), plainTh('Law, sources and note')];
  const rows = registryOrder(data.offences, [record], (r) => r.offences).map((key) => {
    const name = data.offences[key]?.name ?? key;
    const entry = record.offences?.[key];
    const from = inheritedFrom(item, `offences.${key}`);
    const heading = html`<th scope="row">${name}${from ? html` <span class="inherited">from ${from}</span>` : ''}</th>`;
    if (!entry) return html`<tr data-offence="${key}" class="not-researched">${heading}${termCell(record, key, 'max')}${termCell(record, key, 'min')}<td>—</td><td>—</td><td>—</td><td>—</td></tr>`;
    const { imprisonment } = offenceTerm(record, key);
    const text = noteText(entry.in_force && `In force since ${entry.in_force}.`, offenceNote(entry));
    return html`<tr data-offence="${key}"${entry.confidence === 'unverified' ? html` class="unverified"` : ''}>${heading}${termCell(record, key, 'max')}${termCell(record, key, 'min')}<td data-field="fine">${fineText(entry)}</td><td class="penalties">${penaltyList(entry, Boolean(imprisonment), { aggravationNames, defenceNames, brief: false })}</td><td>${confidenceBadge(entry.confidence)}</td><td class="citation">${cited(entry.law, record, entry.sources, text)}</td></tr>`;
  });
  return html`<section id="offences" aria-labelledby="offences-title">
<h2 id="offences-title">Offences and penalties</h2>
${table('offences-table', `${record.name}: every offence of the taxonomy, with its penalties and sources.`, header, rows, { sortable: false })}
${sentencingSection(record, data.offences)}
</section>`;
}

/** Practice, not law: kept apart from the statutory ranges and labelled so. */
function sentencingSection(record: Jurisdiction, registry: OffenceRegistry): Html {
  const rows = Object.entries(record.offences ?? {}).flatMap(([key, entry]) =>
    (entry.sentencing ?? []).map(
      (s) =>
        html`<tr><th scope="row">${registry[key]?.name ?? key}</th><td>${s.kind}</td><td>${s.what}</td><td>${s.term ? formatDuration(s.term) : s.range ? formatImprisonment(s.range) : '—'}</td><td>${s.year ?? '—'}</td><td class="citation">${sourceList(record, s.sources)}${s.note ? note(s.note) : ''}</td></tr>`,
    ),
  );
  if (rows.length === 0) return html``;
  return html`<h3 id="sentencing">Sentencing practice (not law)</h3>
<p>Guidelines and sentences actually imposed: what courts do, as distinct from the statutory ranges above.</p>
${table('sentencing-table', 'Sentencing guidelines and statistics.', [plainTh('Offence'), plainTh('Kind'), plainTh('What'), plainTh('Term'), plainTh('Year'), plainTh('Sources')], rows, { sortable: false })}`;
}

function reportingSection(item: Resolved): Html {
  const r: Reporting | undefined = item.record.reporting;
  const body = r
    ? html`${fields([
        ['Providers must report', r.isp_duty ? 'yes' : 'no'],
        ['Who', r.who ?? '—'],
        ['To', r.to ?? '—'],
        ['Deadline', r.deadline ?? '—'],
        ['Preservation', r.preservation ? formatDuration(r.preservation) : '—'],
        ['Penalty for failing', failurePenalty(r)],
        ['In force since', r.in_force ?? '—'],
        ['Confidence', confidenceBadge(r.confidence)],
      ])}${cited(r.law, item.record, r.sources, reportingNote(r))}`
    : html`<p class="status">Not researched.</p>`;
  return html`<section id="reporting" aria-labelledby="reporting-title">
<h2 id="reporting-title">Reporting duty of providers</h2>
${fromLine(item, 'reporting')}${body}
</section>`;
}

function treatiesSection(data: BriefingData): Html {
  const item = data.jurisdiction;
  const { record } = item;
  const keys = registryOrder(data.treaties, [record], (r) => r.treaties);
  const rows = keys.map((key) => {
    const t = record.treaties?.[key];
    const name = data.treaties[key]?.name ?? key;
    if (!t) return html`<tr data-treaty="${key}" class="not-researched"><th scope="row">${name}</th><td class="status">not researched</td><td>—</td><td>—</td><td>—</td></tr>`;
    const events = eventsInOrder(t).map((e) => html`<li>${e.act.replace(/_/g, ' ')} ${e.date}${e.deposit === true ? ' (deposit)' : e.deposit === false ? ' (domestic act)' : ''}</li>`);
    const reservations = (t.reservations ?? []).map((r) => html`<li>${formatReservation(r)}</li>`);
    return html`<tr data-treaty="${key}"><th scope="row">${name}</th><td>${formatStanding(standingOn(t, data.asOf))}</td><td>${events.length ? html`<ul>${events}</ul>` : '—'}${reservations.length ? html`<p>Reservations and declarations:</p><ul>${reservations}</ul>` : ''}</td><td>${confidenceBadge(t.confidence ?? 'unverified')}</td><td class="citation">${sourceList(record, t.sources ?? [])}${t.note ? note(t.note) : ''}</td></tr>`;
  });
  return html`<section id="treaties" aria-labelledby="treaties-title">
<h2 id="treaties-title">Treaties</h2>
${fromLine(item, 'treaties')}
${table('treaties-table', `${record.name}: standing in each treaty as of ${data.asOf}.`, [plainTh('Treaty'), plainTh('Standing'), plainTh('Events'), plainTh('Confidence'), plainTh('Sources and note')], rows, { sortable: false })}
</section>`;
}

function sourcesSection(record: Jurisdiction): Html {
  const rows = Object.entries(record.sources).map(([key, s]) => html`<tr><th scope="row"><code>${key}</code></th><td>${link(s.url, s.title)}<br><span class="source-kind url">${s.url}</span></td><td>${s.kind.replace(/_/g, ' ')}</td><td>${s.accessed}</td></tr>`);
  return html`<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
${table('sources-table', `Every page ${record.name}'s file cites.`, [plainTh('Key'), plainTh('Page'), plainTh('Kind'), plainTh('Read on')], rows, { sortable: false })}
</section>`;
}
