// Types of the <parallax-compare> element and the report it emits (report-schema v1).

export type Stance = 'asserts' | 'differs' | 'contradicts' | 'silent';
export type Precision = 'day' | 'month' | 'year' | 'vague';

export interface ReportDocument {
  id: string;
  file: string;
  format: 'text' | 'html' | 'markdown';
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_inferred: boolean;
  /** What the article prints of its date: 'YYYY-MM-DD', '--MM-DD' (no year), or null. */
  published_stated: string | null;
  author: string | null;
  /** The agency the copy is credited to ('AP', 'dpa/GNA'), or null. */
  source: string | null;
  body: string;
  blocks: { start: number; end: number; role: 'paragraph' | 'heading' | 'caption' | 'listitem' }[];
  dates: { text: string; start: number; end: number; type: 'date' | 'duration' | 'set'; value: string | null; precision: Precision }[];
  removed: { text: string; reason: string }[];
  errors: string[];
  error_codes: string[];
}

export interface ReportEntity {
  name: string;
  type: 'person' | 'place' | 'organization' | 'other';
  aliases: string[];
  mentions: Record<string, number>;
  spans: Record<string, [number, number][]>;
}

export interface Evidence { doc: string; quote: string; start: number; end: number }

export interface TimelineItem {
  date: string;
  precision: Precision;
  kind: 'event' | 'start' | 'announced';
  event: string;
  evidence: Evidence[];
}

export interface Cell { stance: Stance; quote: string | null; value: string | null; start: number | null; end: number | null }

/** In the element's report (`silent_cells: 'omitted'`) a document with no cell is silent on the
 * claim; the JSON export has a cell for every document. */
export interface Claim { claim: string; kind: string; cells: Record<string, Cell> }

export interface Report {
  schema: 'parallax.report/1';
  /** 'omitted' in the element's report and its events: silent cells are left out of `cells`. */
  silent_cells?: 'omitted';
  documents: ReportDocument[];
  entities: ReportEntity[];
  timeline: TimelineItem[];
  claims: Claim[];
  /** Claims left out to keep the table within its cell budget. */
  claims_omitted: number;
}

/** An article given by the host: text, bytes, or a File; corrections are optional. */
export type ArticleInput =
  | File
  | { name: string; text: string; outlet?: string; published?: string; title?: string }
  | { name: string; bytes: Uint8Array | ArrayBuffer; outlet?: string; published?: string; title?: string };

export type ExportFormat = 'json' | 'markdown' | 'csv-claims' | 'csv-entities';

export interface Metrics {
  bytes: number; files: number; readMs: number; analyseMs: number; serializeMs: number; totalMs: number;
  stages: Record<string, number>; wasmMemory: number | null; roundTripMs?: number;
  /** The report split into parts in the worker; then read on the main thread, first part to last. */
  splitMs?: number; receiveMs?: number;
}

/** `read`: files read so far (they are read in the worker as the core reaches them); `analyse`: a stage began. */
export interface ProgressDetail { phase: 'read' | 'analyse'; done?: number; total?: number; stage?: string }

export declare class ParallaxCompare extends HTMLElement {
  /** The report on screen, or null (its silent agreement cells left out). */
  readonly report: Report | null;
  /** True while panels of the report on screen are still to be rendered (the active one comes first). */
  readonly rendering: boolean;
  /** Replaces the drop with these articles and analyses them. */
  analyze(files: ArticleInput[]): Promise<Report>;
  /** Empties the widget (and forgets a persisted drop). */
  clear(): void;
  /** Stops a running analysis; the previous report stays. */
  cancel(): void;
  /** The current report rendered as JSON (every cell written), Markdown or CSV. */
  exportAs(format: ExportFormat): Promise<string>;
}

declare global {
  interface HTMLElementTagNameMap { 'parallax-compare': ParallaxCompare }
  interface HTMLElementEventMap {
    /** The report is in and its active panel rendered (a long agreement table: its first screenful of rows). */
    'parallax-report': CustomEvent<{ report: Report | null; metrics?: Metrics }>;
    /** Every panel of the report is rendered, the whole first page of each. */
    'parallax-rendered': CustomEvent<{ report: Report }>;
    'parallax-progress': CustomEvent<ProgressDetail>;
    'parallax-error': CustomEvent<{ message: string }>;
  }
}
