// The in-process half of the benchmark, bundled by bench/run.mjs with the same esbuild settings as the
// server so that the engine and the remark baseline run the same code the server ships.
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createPolicyLanguageService, type DocumentSettings, type TextDocumentLike } from '../server/src/language';
import { editOffset, generatePolicy, type BenchLanguage, type EditKind } from './generate';

export { editOffset, generatePolicy };
export const createService = createPolicyLanguageService;

/** The baseline: remark with exactly the engine's plugins, parsing the whole text at once. */
const baseline = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

export function baselineParse(text: string): number {
  return baseline.parse(text).children.length;
}

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median wall time of `runs` calls (after one warm-up call when `warm`). */
export function medianOf(runs: number, run: () => unknown, warm = true): number {
  if (warm) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(run));
  return median(times);
}

function textDocument(uri: string, version: number, text: string): TextDocumentLike {
  return { uri, version, getText: () => text };
}

export interface EngineFigures {
  readonly chars: number;
  readonly bytes: number;
  readonly baselineMs?: number;
  readonly fullColdMs: number;
  readonly diagnostics: number;
  readonly editMs: Record<EditKind, number>;
  /** At the end of a list item in the middle of the document, on a version already analysed. */
  readonly completion: { p50: number; p95: number };
  readonly hover: { p50: number; p95: number };
}

const editKinds: readonly EditKind[] = ['paragraph', 'list item', 'table cell', 'heading'];

/**
 * Full cold analysis (a fresh service per run: parse + model + all rules), then typing: `edits` one-character
 * insertions at the same place, each followed by computeDiagnostics on the next version, per edit kind.
 */
export function measureEngine(language: BenchLanguage, bytes: number, options: { runs: number; edits: number; baseline: boolean; baselineRuns?: number }): EngineFigures {
  const text = generatePolicy(language, bytes);
  const baselineRuns = options.baselineRuns ?? options.runs;
  const baselineMs = options.baseline ? medianOf(baselineRuns, () => baselineParse(text), baselineRuns > 1) : undefined;
  let diagnostics = 0;
  const fullColdMs = medianOf(
    options.runs,
    () => {
      diagnostics = createPolicyLanguageService().computeDiagnostics(textDocument('file:///cold.policy.md', 1, text), settings).length;
    },
    options.runs > 1,
  );

  const editMs = {} as Record<EditKind, number>;
  for (const kind of editKinds) {
    const service = createPolicyLanguageService();
    const uri = `file:///edit-${kind.replace(' ', '-')}.policy.md`;
    let current = text;
    let version = 1;
    service.computeDiagnostics(textDocument(uri, version, current), settings);
    let cursor = editOffset(current, kind);
    const typed = language === 'ja' ? 'の' : 'e';
    const times: number[] = [];
    for (let i = 0; i < options.edits; i++) {
      current = current.slice(0, cursor) + typed + current.slice(cursor);
      cursor += typed.length;
      version++;
      const doc = textDocument(uri, version, current);
      times.push(time(() => service.computeDiagnostics(doc, settings)));
    }
    editMs[kind] = median(times);
  }

  // Completion and hover where a writer is typing a list item, on a version whose diagnostics were
  // already computed (as in the editor, where the request follows the debounced analysis).
  const service = createPolicyLanguageService();
  const doc = textDocument('file:///requests.policy.md', 1, text);
  service.computeDiagnostics(doc, settings);
  const lineEnd = text.indexOf('\n', editOffset(text, 'list item'));
  const offset = lineEnd < 0 ? text.length : lineEnd;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const position = { line: text.slice(0, lineStart).split('\n').length - 1, character: offset - lineStart };
  const completionTimes: number[] = [];
  const hoverTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    completionTimes.push(time(() => service.getCompletions(doc, position, settings)));
    hoverTimes.push(time(() => service.getHover(doc, position, settings)));
  }

  return {
    chars: text.length,
    bytes: Buffer.byteLength(text),
    baselineMs,
    fullColdMs,
    diagnostics,
    editMs,
    completion: { p50: percentile(completionTimes, 50), p95: percentile(completionTimes, 95) },
    hover: { p50: percentile(hoverTimes, 50), p95: percentile(hoverTimes, 95) },
  };
}
