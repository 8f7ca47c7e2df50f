import type { DocumentPath } from '../diagnostic.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';

/** A part of a record that cites sources: an offence, a version, a treaty, an event, a defence... */
export interface CitingNode {
  path: DocumentPath;
  node: { sources?: string[]; confidence?: string; note?: string };
}

/**
 * Every object below the top level that carries a `sources` list, found by walking the record
 * itself: a section added to the schema is covered without being listed here.
 */
export function citingNodes(record: Jurisdiction): CitingNode[] {
  const out: CitingNode[] = [];
  const visit = (value: unknown, path: DocumentPath) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      const node = value as CitingNode['node'];
      if (Array.isArray(node.sources)) out.push({ path, node });
      for (const [key, child] of Object.entries(value)) if (key !== 'sources') visit(child, [...path, key]);
    }
  };
  for (const [key, value] of Object.entries(record)) if (key !== 'sources') visit(value, [key]);
  return out;
}

/** Every free-text note of a record, wherever it is. */
export function notesOf(record: Jurisdiction): string[] {
  const notes: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && (key === 'note' || key === 'notes')) notes.push(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, ''));
    else if (value !== null && typeof value === 'object') for (const [k, child] of Object.entries(value)) if (k !== 'sources') visit(child, k);
  };
  visit(record, '');
  return notes;
}

const INLINE_CITATION = /\[([a-z0-9][a-z0-9._-]{0,63})\]/g;

/** Notes may cite a source inline by its key in brackets: "see [sg-sso-ba-10a]". */
export function citedInNotes(record: Jurisdiction): Set<string> {
  const keys = new Set<string>();
  for (const note of notesOf(record)) for (const match of note.matchAll(INLINE_CITATION)) if (match[1]! in record.sources) keys.add(match[1]!);
  return keys;
}

/** Every source key the record cites, in lists or inline. */
export function citedKeys(record: Jurisdiction): Set<string> {
  const keys = citedInNotes(record);
  for (const { node } of citingNodes(record)) for (const key of node.sources ?? []) keys.add(key);
  return keys;
}
