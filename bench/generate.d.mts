/** The ids the benchmark queries; they are always countries of the set. */
export declare const QUERY_IDS: string[];
/** Country ids first (the query ids among them), then subdivisions "cc-N" spread over the countries. */
export declare function idsFor(count: number): Array<{ id: string; parent: string | null }>;
/** Writes `count` jurisdiction files and the registry into `dir`; returns the ids. */
export declare function generate(dir: string, count: number): string[];
