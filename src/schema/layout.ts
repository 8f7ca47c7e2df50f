import type { z } from 'zod';
import { Jurisdiction } from './jurisdiction.js';

/** For each kind of mapping in a file: the order its keys take, and the layout of its children. */
export interface Layout {
  keys?: string[];
  children?: Record<string, Layout>;
  /** Layout of every value of a record-like map (sources, offences, treaties). */
  values?: Layout;
  /** Order of a record-like map's own keys, when there is a natural one. */
  recordOrder?: string[];
  items?: Layout;
}

type ZodDef = { type: string; innerType?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: ZodDef }).def;

/** The layout of a schema, read from its shape: key order is the order the schema declares. */
export function layoutOf(schema: z.ZodType): Layout | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return layoutOf(def.innerType!);
    case 'array': {
      const items = layoutOf(def.element!);
      return items && { items };
    }
    case 'record': {
      const values = layoutOf(def.valueType!);
      return values && { values };
    }
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const children: Record<string, Layout> = {};
      for (const [key, child] of Object.entries(shape)) {
        const layout = layoutOf(child);
        if (layout) children[key] = layout;
      }
      return { keys: Object.keys(shape), children };
    }
    default:
      return undefined;
  }
}

export const JURISDICTION_LAYOUT = layoutOf(Jurisdiction)!;

/** Every key of the format, each at its first place in schema order: one order for every mapping of a record. */
export const SCHEMA_KEY_ORDER: readonly string[] = (() => {
  const keys: string[] = [];
  const visit = (layout: Layout | undefined) => {
    if (!layout) return;
    for (const key of layout.keys ?? []) if (!keys.includes(key)) keys.push(key);
    for (const child of Object.values(layout.children ?? {})) visit(child);
    visit(layout.values);
    visit(layout.items);
  };
  // The top-level sources block is the file's bibliography; "sources" as a field belongs with the entries that cite.
  keys.push(...JURISDICTION_LAYOUT.keys!.filter((k) => k !== 'sources'));
  for (const [key, child] of Object.entries(JURISDICTION_LAYOUT.children ?? {})) if (key !== 'sources') visit(child);
  return keys;
})();
