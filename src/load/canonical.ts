import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type YAMLMap } from 'yaml';
import { JURISDICTION_LAYOUT, type Layout } from '../schema/layout.js';
import { PARTIAL_DATE } from '../schema/patterns.js';
import { parseYaml } from './parse-yaml.js';

import { MODELINE, MODELINE_PATTERN } from './modeline.js';

export { MODELINE, MODELINE_PATTERN };

/** The jurisdiction layout, with offences and treaties in registry order. */
function layout(offenceOrder: string[], treatyOrder: string[]): Layout {
  const children = { ...JURISDICTION_LAYOUT.children };
  children.offences = { ...children.offences, recordOrder: offenceOrder };
  children.treaties = { ...children.treaties, recordOrder: treatyOrder };
  return { ...JURISDICTION_LAYOUT, children };
}

export type FormatOutcome = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/**
 * The canonical text of a jurisdiction file: keys in schema order, 2-space indent, LF line
 * ends, the editor modeline on line 1. Comments and each value's quoting style are kept.
 * Refuses (ok: false) anything that does not parse cleanly, and checks that the data read
 * back from the new text is exactly the data of the old one.
 */
export function canonicalize(file: string, text: string, order: { offences: string[]; treaties: string[] }): FormatOutcome {
  const before = parseYaml(file, text);
  const firstError = before.diagnostics.find((d) => d.severity === 'error');
  if (firstError) return { ok: false, reason: `${firstError.file}:${firstError.line}:${firstError.column} ${firstError.rule} ${firstError.message}` };
  if (!before.document || !isMap(before.document.contents)) return { ok: false, reason: `${file}: not a mapping` };

  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // parseYaml above has refused duplicate keys; the parser's own check would cost quadratic time.
  const document = parseDocument(source, { lineCounter: new LineCounter(), keepSourceTokens: false, prettyErrors: false, uniqueKeys: false });
  const top = document.contents as YAMLMap;
  // The file's opening comment belongs to the file, not to whichever key happens to come first.
  const firstKey = top.items[0]?.key;
  if (isScalar(firstKey) && firstKey.commentBefore && !document.commentBefore) {
    document.commentBefore = firstKey.commentBefore;
    firstKey.commentBefore = undefined;
  }
  arrange(top, layout(order.offences, order.treaties));
  quoteDates(document);
  if (!MODELINE_PATTERN.test(source.split('\n', 1)[0]?.trim() ?? '')) {
    document.commentBefore = document.commentBefore ? `${MODELINE.slice(1)}\n${document.commentBefore}` : MODELINE.slice(1);
  }
  let output = document.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true });
  output = output
    .replace(/^#(?! )yaml-language-server/, '# yaml-language-server')
    // Flow lists of plain keys read as in the docs, "[a, b]"; flow maps keep their padding, "{ min: 1y }".
    .replace(/\[ ((?:[a-z0-9][a-z0-9._:-]*)(?:, [a-z0-9][a-z0-9._:-]*)*) \]/g, '[$1]')
    // A flow list of flow maps reads "[{ act: signature }]", as yamllint's default expects.
    .replace(/\[ \{ /g, '[{ ')
    .replace(/ \} \]/g, ' }]');

  const after = parseYaml(file, output);
  if (after.value === undefined || JSON.stringify(sortDeep(after.value)) !== JSON.stringify(sortDeep(before.value))) {
    return { ok: false, reason: `${file}: canonical form would change the data; left untouched` };
  }
  return { ok: true, text: output, changed: output !== text };
}

/** Dates and yes/no words in double quotes, so that YAML 1.1 readers (PyYAML, js-yaml, ruamel) see the same text as everyone else. */
function quoteDates(document: ReturnType<typeof parseDocument>): void {
  visit(document, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && node.type === Scalar.PLAIN && (PARTIAL_DATE.test(node.value) || YAML_11_BOOLEAN.test(node.value))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** Plain words a YAML 1.1 reader takes for true or false: "no" stays the text "no" only in quotes. */
const YAML_11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function arrange(map: YAMLMap, plan: Layout): void {
  const order = plan.keys ?? plan.recordOrder;
  if (order) {
    const rank = (key: unknown) => {
      const index = order.indexOf(String(isScalar(key) ? key.value : key));
      return index === -1 ? order.length : index;
    };
    // Array.prototype.sort is stable, so unknown keys keep their relative order.
    map.items.sort((a, b) => rank(a.key) - rank(b.key));
  }
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const child = plan.values ?? plan.children?.[key];
    if (!child) continue;
    if (isMap(pair.value)) arrange(pair.value, child);
    else if (isSeq(pair.value) && child.items) {
      for (const item of pair.value.items) if (isMap(item)) arrange(item, child.items);
    }
  }
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortDeep(v)]));
  }
  return value;
}
