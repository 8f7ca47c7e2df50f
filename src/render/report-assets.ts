/**
 * The report's only style sheet and script, inlined into the page: the file must open with no
 * network access, so there are no fonts, images or scripts to fetch.
 */

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #c8c8c8; --band: #f3f5f7; --accent: #1f4e8c;
  --bar: #1f4e8c; --bar-min: #9bb7dc; --warn-bg: #fff4ce; --warn-ink: #6b4e00;
  /* System fonts only (nothing is fetched), with fallbacks that cover Cyrillic, Greek, Arabic, Hebrew and CJK names. */
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Sans Hebrew",
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Source Han Sans", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Malgun Gothic",
    "DejaVu Sans", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 3rem; color: var(--ink); background: #fff;
  font: 15px/1.45 var(--font); }
h1 { font-size: 1.7rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, summary:focus-visible, .table-scroll:focus-visible { outline: 3px solid #e8a400; outline-offset: 2px; }
.meta, .muted { color: var(--muted); }
.notice { border: 2px solid #8a1c1c; background: #fdf0f0; padding: .75rem 1rem; border-radius: 4px; margin: 1rem 0; }
.notice strong { color: #8a1c1c; }
.notice h2 { margin-top: .25rem; border-color: #8a1c1c; }
nav ol { columns: 2 16rem; padding-left: 1.2rem; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; border: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
caption { text-align: left; padding: .4rem .5rem; color: var(--muted); caption-side: top; }
th, td { border-top: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); border-bottom: 2px solid var(--rule); position: sticky; top: 0; z-index: 1; }
tbody th { font-weight: 600; min-width: 7rem; }
td.num { white-space: nowrap; }
td.citation { min-width: 12rem; }
td.penalties { min-width: 9rem; }
td[data-field="fine"] { min-width: 6rem; }
tr.not-researched td, tr.not-researched th { color: var(--muted); }
th button { white-space: nowrap; font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\25B2"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " \\25BC"; color: var(--ink); }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .35rem; border-radius: 3px; border: 1px solid; white-space: nowrap; }
.badge.unverified { background: var(--warn-bg); color: var(--warn-ink); border-color: #c9a227; }
.badge.verified { color: #205b2a; border-color: #7fb287; }
.badge.reported { color: #33475b; border-color: #9aa9b8; }
.status { font-style: italic; }
.inherited { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.law { margin: 0 0 .25rem; }
ul.sources, ul.penalty-list { margin: 0; padding-left: 1.1rem; }
.source-kind { color: var(--muted); font-size: .8rem; }
details { margin-top: .25rem; }
summary { cursor: pointer; color: var(--accent); }
.note { white-space: pre-line; margin: .25rem 0 0; max-width: 60rem; }
.bad-url { color: #8a1c1c; font-size: .8rem; }
figure { margin: 1rem 0; }
figcaption { color: var(--muted); font-size: .9rem; }
svg.chart { width: 100%; height: auto; max-width: 960px; display: block; font: 12px var(--font); }
svg.chart .label, svg.chart .value { fill: var(--ink); }
svg.chart .value.unverified { fill: var(--warn-ink); font-weight: 700; }
svg.chart .bar { fill: var(--bar); }
svg.chart .bar.unverified { fill: #b08900; }
svg.chart .bar-min { fill: var(--bar-min); }
svg.chart .no-bar { fill: var(--muted); font-style: italic; }
svg.chart .grid { stroke: #e3e3e3; }
svg.chart .axis { stroke: var(--ink); }
svg.chart .tick, svg.chart .axis-title { fill: var(--muted); }
.legend-swatch { display: inline-block; width: 1.6em; height: .8em; vertical-align: middle; border: 1px solid var(--rule); }
.legend-swatch.max { background: var(--bar); }
.legend-swatch.min { background: var(--bar-min); }
dl.treaties dt { font-weight: 600; margin-top: .5rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
.not-researched-list { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
ul.evidence { margin: 0; padding-left: 1.1rem; }
td.result[data-status="met"] { color: #205b2a; font-weight: 600; }
td.result[data-status="not_met"] { color: #8a1c1c; font-weight: 600; }
.url { overflow-wrap: anywhere; }
dl.treaties dd { margin-left: 1rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 1rem; color: var(--muted); font-size: .9rem; }
.print-only { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* On screen long words and headers wrap, so no table is wider than a 1024-pixel window. */
@media screen { td { overflow-wrap: anywhere; } th button { white-space: normal; } }
@media screen and (max-width: 1100px) { td.num { white-space: normal; } td.citation { min-width: 9rem; } }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8pt; table-layout: auto; }
  th, td { overflow-wrap: anywhere; }
  td.citation, td.penalties, td[data-field="fine"], tbody th { min-width: 0; }
  td.citation { width: 30%; }
  .source-kind, .badge, .inherited, .bad-url { font-size: 7pt; }
  nav, th button::after { display: none; }
  .table-scroll { overflow: visible; border: 0; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, figure, .notice { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .overview tr.not-researched { display: none; }
  .overview td.citation { width: 27%; }
  /* On paper nothing unfolds: the overview prints figures and laws, and each briefing prints its sources and notes. */
  .overview details, .overview #treaty-table .source-kind, .overview #treaty-table br, .overview #treaty-table .muted { display: none; }
  .overview td.penalties { width: 30%; }
  .overview td.num { width: 7%; }
  .overview td[data-field="fine"] { width: 11%; }
  .overview #treaty-table, .overview #standards-table, .overview #data-table { font-size: 7pt; }
  .overview .print-only { display: block; }
  .briefing ul.sources a::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
  .badge, svg.chart, .legend-swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * Sortable tables: each sortable header holds a button; a click sorts the body by that column
 * (data-sort when given, else the cell text) and sets aria-sort so screen readers announce it.
 * Empty sort keys (nothing recorded) stay at the bottom in both directions; ties keep the
 * original order.
 */
export const REPORT_JS = `
(function () {
  "use strict";
  var tables = document.querySelectorAll("table.sortable");
  Array.prototype.forEach.call(tables, function (table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (row, index) { row.setAttribute("data-order", String(index)); });
    headers.forEach(function (th, column) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        var numeric = th.getAttribute("data-type") === "number";
        var key = function (row) {
          var cell = row.cells[column];
          var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
          return value;
        };
        var order = function (row) { return Number(row.getAttribute("data-order")); };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === "" || y === "") return (x === "" ? 1 : 0) - (y === "" ? 1 : 0) || order(a) - order(b);
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return (direction === "ascending" ? c : -c) || order(a) - order(b);
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (other) { if (other !== th) other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", direction);
        var status = document.getElementById("sort-status");
        if (status) status.textContent = "Sorted by " + button.textContent.trim() + ", " + direction + ".";
      });
    });
  });
})();
`;
