import type { Root, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { countLineBreaks, endsOpen, frontMatterEnd, hasDefinitionLine, lineBounds, mayStartChunk, scanCuts, type ScanState } from './chunks';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

/**
 * Chunks are cut only once they reach this many UTF-16 code units: remark's fixed cost per call makes
 * tiny chunks slower than one parse, and a few thousand characters per call parse faster than one
 * call on the whole text. The first edit in a chunk re-parses it whole, cut finer (editedChunkLength).
 */
export const defaultMinChunkLength = 4096;

/**
 * Where an edit re-parses, chunks are cut finer: the writer is likely to keep typing there, and the
 * next keystroke then re-parses a few hundred characters instead of a whole chunk. The rest of the
 * document keeps its larger chunks, which a cold parse needs to keep remark's cost per call low.
 */
export const editedChunkLength = 256;

const unclosedFrontMatterFence = /^---[ \t]*(?:[\r\n]|$)/;

export interface ParseOptions {
  /** Tests set it low so that small documents are cut too. */
  readonly minChunkLength?: number;
}

/** A run of top-level blocks that parses the same alone as inside the whole document. */
export interface Chunk {
  /** Offset of the chunk in the document text (after any BOM). */
  readonly start: number;
  readonly length: number;
  /** 0-based line of the chunk's first line. */
  readonly startLine: number;
  /** Whether the line before the chunk is blank (false only right after front matter). */
  readonly afterBlank: boolean;
  readonly nodes: RootContent[];
}

export interface ParsedMarkdown {
  readonly root: Root;
  readonly chunks: readonly Chunk[];
  /** How many chunks this parse had to run remark on (the rest were reused). */
  readonly parsedChunks: number;
  /** The text this parse is of (with any BOM), so that the next version can find what changed. */
  readonly text: string;
  /** Lines of the text as LSP counts them. */
  readonly lineCount: number;
  /** True when the text has link or footnote definitions, so it is parsed in one piece. */
  readonly whole: boolean;
  readonly minChunkLength: number;
}

function shiftPosition(position: Position, offsetDelta: number, lineDelta: number): void {
  position.start.line += lineDelta;
  position.end.line += lineDelta;
  if (position.start.offset !== undefined) position.start.offset += offsetDelta;
  if (position.end.offset !== undefined) position.end.offset += offsetDelta;
}

function shiftTree(node: Node, offsetDelta: number, lineDelta: number): void {
  if (node.position) shiftPosition(node.position, offsetDelta, lineDelta);
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shiftTree(child, offsetDelta, lineDelta);
}

interface Cut {
  readonly offset: number;
  readonly line: number;
  readonly afterBlank: boolean;
}

/**
 * Parses one chunk. The chunk is copied first: remark's strings are slices of what it parses, and a
 * slice of the whole text would keep every old version of the document alive through reused chunks.
 */
function parseChunk(text: string, bom: number, cut: Cut, end: number): Chunk {
  const length = end - cut.offset;
  const own = cut.offset === 0 && length === text.length ? text : (` ${text.slice(cut.offset, end)}`).slice(1);
  const nodes = processor.parse(own).children;
  const start = cut.offset + bom;
  if (start !== 0 || cut.line !== 0) for (const node of nodes) shiftTree(node, start, cut.line);
  return { start, length, startLine: cut.line, afterBlank: cut.afterBlank, nodes };
}

const containers = new Set(['list', 'listItem', 'blockquote', 'footnoteDefinition', 'containerDirective']);

function chunkEndsOpen(chunk: Chunk, text: string, bom: number): boolean {
  let node: Node | undefined = chunk.nodes[chunk.nodes.length - 1];
  while (node) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && endsOpen(node.type, text.slice(start - bom, end - bom))) return true;
    const children: Node[] | undefined = containers.has(node.type) ? (node as { children?: Node[] }).children : undefined;
    node = children && children.length > 0 ? children[children.length - 1] : undefined;
  }
  return false;
}

/**
 * Parses the chunks that start at cuts[0 … reuseFrom - 1]. A chunk whose last block is left open is
 * merged with the next 1, 2, 4 … chunks until it closes, so a mistake of the scanner costs a few
 * parses, never a wrong tree. Returns the chunks and the index of the cut where parsing stopped:
 * cuts from `reuseFrom` on start chunks that the caller may reuse.
 */
function parseChunks(text: string, bom: number, cuts: readonly Cut[], reuseFrom: number): { chunks: Chunk[]; next: number } {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < reuseFrom) {
    let j = i + 1;
    let step = 1;
    let chunk = parseChunk(text, bom, cuts[i], j < cuts.length ? cuts[j].offset : text.length);
    while (j < cuts.length && chunkEndsOpen(chunk, text, bom)) {
      j = Math.min(cuts.length, j + step);
      step *= 2;
      chunk = parseChunk(text, bom, cuts[i], j < cuts.length ? cuts[j].offset : text.length);
    }
    chunks.push(chunk);
    i = j;
  }
  return { chunks, next: i };
}

/** Where chunks may start from `from` on, merging chunks shorter than `minChunkLength` with the next. */
function cutsFrom(
  text: string,
  minChunkLength: number,
  from: Cut,
  stopAt?: (offset: number, line: number) => boolean,
): { cuts: Cut[]; stoppedAt?: { offset: number; line: number } } {
  const cuts = [from];
  let last = from.offset;
  let stoppedAt: { offset: number; line: number } | undefined;
  const state: ScanState = { directiveDepth: 0, previousBlank: from.afterBlank };
  scanCuts(text, from.offset, from.line, state, (offset, line) => {
    if (offset - last < minChunkLength) return true;
    if (stopAt?.(offset, line)) {
      stoppedAt = { offset, line };
      return false;
    }
    cuts.push({ offset, line, afterBlank: true });
    last = offset;
    return true;
  });
  return { cuts, stoppedAt };
}

function allCuts(text: string, minChunkLength: number): Cut[] {
  const frontMatter = frontMatterEnd(text);
  if (!frontMatter) return cutsFrom(text, minChunkLength, { offset: 0, line: 0, afterBlank: false }).cuts;
  // Front matter that closes on the last line (a setext underline can close it) is the whole text.
  if (frontMatter.offset >= text.length) return [{ offset: 0, line: 0, afterBlank: false }];
  return [{ offset: 0, line: 0, afterBlank: false }, ...cutsFrom(text, minChunkLength, { ...frontMatter, afterBlank: false }).cuts];
}

function assemble(
  fullText: string,
  bom: number,
  chunks: Chunk[],
  parsedChunks: number,
  lineCount: number,
  whole: boolean,
  minChunkLength: number,
): ParsedMarkdown {
  const children: RootContent[] = [];
  for (const chunk of chunks) for (const node of chunk.nodes) children.push(node);
  const lastBreak = Math.max(fullText.lastIndexOf('\n'), fullText.lastIndexOf('\r'));
  const root: Root = {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lineCount, column: fullText.length - (lastBreak < 0 ? bom : lastBreak + 1) + 1, offset: fullText.length },
    },
  };
  return { root, chunks, parsedChunks, text: fullText, lineCount, whole, minChunkLength };
}

function parseFresh(fullText: string, minChunkLength: number): ParsedMarkdown {
  const bom = fullText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? fullText.slice(1) : fullText;
  const lineCount = countLineBreaks(text) + 1;
  // An opening fence that never closes is a thematic break, but micromark then reads no list anywhere
  // in the document (a quirk of the front matter extension): only a parse in one piece matches.
  if (hasDefinitionLine(text) || (unclosedFrontMatterFence.test(text) && !frontMatterEnd(text))) {
    return assemble(fullText, bom, [parseChunk(text, bom, { offset: 0, line: 0, afterBlank: false }, text.length)], 1, lineCount, true, minChunkLength);
  }
  const cuts = allCuts(text, minChunkLength);
  const { chunks } = parseChunks(text, bom, cuts, cuts.length);
  return assemble(fullText, bom, chunks, chunks.length, lineCount, false, minChunkLength);
}

/** Index of the last chunk starting at or before `offset`. */
function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunks[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Re-parses only what an edit touched: the text before the first changed character and after the
 * last one is compared with the previous version; cuts are re-scanned from the chunk the edit starts
 * in until a cut lines up with an old chunk start past the edit, and every chunk outside that window
 * is reused with its positions shifted. Returns undefined when only a fresh parse is safe.
 */
function parseIncrementally(fullText: string, previous: ParsedMarkdown): ParsedMarkdown | undefined {
  const bom = fullText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const oldText = previous.text;
  if (previous.whole || bom !== (oldText.charCodeAt(0) === 0xfeff ? 1 : 0) || previous.chunks.length < 2) return undefined;
  const limit = Math.min(oldText.length, fullText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === fullText.charCodeAt(prefix)) prefix++;
  if (prefix === fullText.length && prefix === oldText.length) return { ...previous, parsedChunks: 0 };
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === fullText.charCodeAt(fullText.length - 1 - suffix)) suffix++;
  const delta = fullText.length - oldText.length;
  const newEditEnd = fullText.length - suffix;

  const chunks = previous.chunks;
  let first = chunkIndexAt(chunks, prefix);
  // Whether a chunk may start where it does depends on its first line: if the edit touches that line
  // and the line no longer qualifies, re-scan from the chunk before. The line before it is untouched
  // (blank, as every cut but the one after front matter follows a blank line).
  if (prefix < lineBounds(oldText, chunks[first].start).next) {
    const start = chunks[first].start;
    const stillCut = chunks[first].afterBlank && prefix >= start && mayStartChunk(fullText.slice(start, lineBounds(fullText, start).end));
    if (!stillCut) first--;
  }
  // The first chunk may hold front matter, whose end decides the first cut: scan it all again.
  if (first <= 0) return undefined;
  const from = chunks[first];
  const text = bom ? fullText.slice(1) : fullText;
  // A fence on the first line becomes front matter as soon as any later line closes it.
  const frontMatter = frontMatterEnd(text);
  if (frontMatter && (chunks[1].afterBlank || chunks[1].start - bom !== frontMatter.offset)) return undefined;
  const oldStarts = new Map<number, number>();
  for (let i = first + 1; i < chunks.length; i++) oldStarts.set(chunks[i].start, i);
  let resumeAt: number | undefined;
  const { cuts, stoppedAt } = cutsFrom(text, Math.min(previous.minChunkLength, editedChunkLength), { offset: from.start - bom, line: from.startLine, afterBlank: from.afterBlank }, (offset) => {
    if (offset + bom < newEditEnd) return false;
    resumeAt = oldStarts.get(offset + bom - delta);
    return resumeAt !== undefined;
  });
  const windowEnd = stoppedAt ? stoppedAt.offset : text.length;
  if (hasDefinitionLine(text.slice(from.start - bom, windowEnd))) return undefined;

  // Past the window come the old chunk starts, shifted: parsing stops at the first of them that the
  // window's last chunk ends at, unless that chunk is left open and has to take in more.
  const lineDelta = stoppedAt && resumeAt !== undefined ? stoppedAt.line - chunks[resumeAt].startLine : 0;
  const windowCuts = cuts.length;
  if (stoppedAt && resumeAt !== undefined) {
    for (let i = resumeAt; i < chunks.length; i++) cuts.push({ offset: chunks[i].start - bom + delta, line: chunks[i].startLine + lineDelta, afterBlank: chunks[i].afterBlank });
  }
  const parsed = parseChunks(text, bom, cuts, windowCuts);
  const result: Chunk[] = [...chunks.slice(0, first), ...parsed.chunks];
  const parsedChunks = parsed.chunks.length;
  let lineCount: number;
  if (parsed.next < cuts.length && resumeAt !== undefined) {
    for (let i = resumeAt + parsed.next - windowCuts; i < chunks.length; i++) {
      const old = chunks[i];
      if (delta !== 0 || lineDelta !== 0) for (const node of old.nodes) shiftTree(node, delta, lineDelta);
      result.push({ ...old, start: old.start + delta, startLine: old.startLine + lineDelta });
    }
    lineCount = previous.lineCount + lineDelta;
  } else {
    lineCount = from.startLine + countLineBreaks(text, from.start - bom) + 1;
  }
  return assemble(fullText, bom, result, parsedChunks, lineCount, false, previous.minChunkLength);
}

/**
 * Parses Markdown with remark (GFM, YAML front matter, directives), in chunks that parse alone.
 * Given the previous parse of the same document, only the chunks an edit touched are parsed again;
 * the others are reused (their nodes are shifted in place, so the previous tree's positions move).
 * The result is the same tree a parse of the whole text would give (test/unit/incremental.test.ts).
 */
export function parseMarkdown(fullText: string, previous?: ParsedMarkdown, options: ParseOptions = {}): ParsedMarkdown {
  const minChunkLength = options.minChunkLength ?? previous?.minChunkLength ?? defaultMinChunkLength;
  const reusable = previous && previous.minChunkLength === minChunkLength ? previous : undefined;
  return (reusable && parseIncrementally(fullText, reusable)) ?? parseFresh(fullText, minChunkLength);
}

/**
 * For documents too large to analyse in full: parses only the front matter (the first chunk, when the
 * text opens with it), so that the cheap checks have it. Marked whole so that no later parse reuses it.
 */
export function parseFrontMatterOnly(fullText: string): ParsedMarkdown {
  const bom = fullText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? fullText.slice(1) : fullText;
  const frontMatter = frontMatterEnd(text);
  const chunks = frontMatter ? [parseChunk(text, bom, { offset: 0, line: 0, afterBlank: false }, frontMatter.offset)] : [];
  return assemble(fullText, bom, chunks, chunks.length, countLineBreaks(text) + 1, true, defaultMinChunkLength);
}

/** Parses text in one piece, without chunking; the reference the incremental parse must equal. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}
