import type { RootContent } from 'mdast';
import type { ClauseLibrary } from '../../clauses/user';
import type { PolicyDocument, TableInfo } from '../../model/types';
import { registerCache } from '../../perf/memo';
import { documentWording } from '../../clauses/vocabulary';
import { collectHeadings, mdastToHast, sanitizeHast, stringifyHast, type TocEntry } from './pipeline';
import { createState, prepareBlocks, type State } from './transform';

/**
 * The preview renders again after every edit, and remark-rehype, the sanitiser and the serialiser cost
 * more than the engine's own edit cycle. So the page is put together from the HTML of each top-level
 * block (a run of blocks when a pasted table spans several), kept across versions with the block's
 * tree node, which the engine reuses for text it did not parse again. The node is the key rather than
 * the text because the same text does not always parse the same (a broken front matter above it can
 * turn a list into a paragraph); the text and whatever else the HTML depends on must match too. Lines
 * are kept relative to the block, so a block that only moved gets its `data-line` values shifted.
 */
interface Piece {
  /** The block's HTML cut at each `data-line` value; one more part than lines. */
  readonly parts: readonly string[];
  /** The `data-line` values, relative to the block's first line. */
  readonly lines: readonly number[];
  readonly toc: readonly TocEntry[];
  /** Whether remark-rehype made any element of it, and so put a newline before it. */
  readonly visible: boolean;
  /** Heading ids are numbered through the document: these say when the HTML may be reused. */
  readonly headingsBefore: number;
  readonly headings: number;
  readonly ids: readonly string[];
  readonly renamed: boolean;
  /** The block's text and context, and the nodes of a run, which must all be the ones seen before. */
  readonly key: string;
  readonly nodes: readonly RootContent[];
}

let pieces = new WeakMap<RootContent, Piece>();
/**
 * The same pieces by text, for blocks the engine parsed again (the first edit after opening re-parses
 * much of the document): used only when the new tree has the shape of the one the piece came from.
 */
const byText = new Map<string, Piece>();
const byTextCapacity = 20_000;
registerCache(() => {
  pieces = new WeakMap();
  byText.clear();
});

/** Equal trees apart from where they sit: positions are compared relative to each block's start. */
function sameShape(a: unknown, b: unknown, baseA: number, baseB: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (key === 'position' && !Array.isArray(a)) {
      const p = x as RootContent['position'];
      const q = y as RootContent['position'];
      if (!p || !q || p.start.offset === undefined || q.start.offset === undefined || p.end.offset === undefined || q.end.offset === undefined) return false;
      if (p.start.offset - baseA !== q.start.offset - baseB || p.end.offset - baseA !== q.end.offset - baseB) return false;
      continue;
    }
    if (!sameShape(x, y, baseA, baseB)) return false;
  }
  return true;
}

let last = { blocks: 0, rendered: 0 };

/** How many blocks the last render put together and how many of them it rendered afresh (0 and 0: whole). */
export function lastRenderCount(): { readonly blocks: number; readonly rendered: number } {
  return last;
}

/**
 * Reference definitions and footnotes tie blocks together (a reference resolves elsewhere, footnotes
 * are numbered and collected at the end), so a document with either is rendered whole. A definition
 * needs `]:` and a footnote `[^`, so text without them has neither.
 */
function crossBlock(text: string): boolean {
  return text.includes(']:') || text.includes('[^');
}

// An attribute inside a start tag: text never holds a raw `<` (it is escaped) and attribute values
// never hold a raw `"`, so this cannot match inside text or inside another attribute's value.
const lineAttribute = /(<[A-Za-z][\w-]*(?:\s+[^\s"'=<>]+(?:="[^"]*")?)*?\sdata-line=")(\d+)(?=")/g;

function split(html: string, baseLine: number): { parts: string[]; lines: number[] } {
  const parts: string[] = [];
  const lines: number[] = [];
  let last = 0;
  for (const match of html.matchAll(lineAttribute)) {
    const at = (match.index ?? 0) + match[1].length;
    parts.push(html.slice(last, at));
    lines.push(Number(match[2]) - baseLine);
    last = at + match[2].length;
  }
  parts.push(html.slice(last));
  return { parts, lines };
}

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? -1;
}

function endOf(node: RootContent): number {
  return node.position?.end.offset ?? -1;
}

function tableKey(table: TableInfo, start: number): string {
  const row = (r: NonNullable<TableInfo['header']>) => [r.span.start - start, r.cells.map((cell) => cell.text)];
  return JSON.stringify([table.span.start - start, table.span.end - start, table.kind, table.columnCount, table.header ? row(table.header) : null, table.rows.map(row)]);
}

interface Unit {
  readonly nodes: readonly RootContent[];
  readonly start: number;
  readonly end: number;
}

/** Top-level blocks grouped so that no pasted table is split between two groups. */
function units(document: PolicyDocument, tables: readonly TableInfo[]): Unit[] | undefined {
  const blocks = document.blocks;
  const out: Unit[] = [];
  let t = 0;
  for (let i = 0; i < blocks.length; ) {
    const start = startOf(blocks[i]);
    let end = endOf(blocks[i]);
    if (start < 0 || end < start) return undefined;
    let j = i + 1;
    for (; t < tables.length && tables[t].span.start < end; t++) {
      if (tables[t].span.start < start) continue;
      while (j < blocks.length && startOf(blocks[j]) >= 0 && startOf(blocks[j]) < tables[t].span.end) end = Math.max(end, endOf(blocks[j++]));
    }
    out.push({ nodes: blocks.slice(i, j), start, end });
    i = j;
  }
  return out;
}

function render(unit: Unit, state: State, baseLine: number, key: string): Piece {
  const headingsBefore = state.headingCount;
  const idsBefore = state.idLog.length;
  state.renamed = false;
  const nodes = prepareBlocks(unit.nodes, state);
  const hast = mdastToHast({ type: 'root', children: nodes });
  const visible = hast.children.length > 0;
  const clean = sanitizeHast(hast);
  const { parts, lines } = split(stringifyHast(clean), baseLine);
  return {
    parts,
    lines,
    toc: collectHeadings(clean),
    visible,
    headingsBefore,
    headings: state.headingCount - headingsBefore,
    ids: state.idLog.slice(idsBefore),
    renamed: state.renamed,
    key,
    nodes: unit.nodes,
  };
}

function sameNodes(piece: Piece, unit: Unit): boolean {
  if (piece.nodes.length !== unit.nodes.length) return false;
  if (piece.nodes.every((node, i) => node === unit.nodes[i])) return true;
  return sameShape(piece.nodes, unit.nodes, startOf(piece.nodes[0]), unit.start);
}

function reusable(piece: Piece, unit: Unit, key: string, state: State): boolean {
  if (piece.key !== key || !sameNodes(piece, unit)) return false;
  if (piece.headings === 0) return true;
  return piece.headingsBefore === state.headingCount && !piece.renamed && piece.ids.every((id) => !state.ids.has(id));
}

/**
 * The body of the page from cached blocks, equal to rendering the whole tree at once; undefined when
 * the document has something that ties blocks together, for the caller to render it whole.
 */
export function renderBody(document: PolicyDocument, clauses?: ClauseLibrary): { html: string; toc: TocEntry[] } | undefined {
  last = { blocks: 0, rendered: 0 };
  if (crossBlock(document.text)) return undefined;
  const tables = document.tables.filter((table) => table.kind !== 'gfm').sort((a, b) => a.span.start - b.span.start);
  const groups = units(document, tables);
  if (!groups) return undefined;
  let rendered = 0;
  const state = createState(document, clauses);
  let vocabulary: string | undefined;
  const clauseContext = () =>
    (vocabulary ??= JSON.stringify([document.language, clauses?.key ?? '', documentWording(document)]));
  const out: string[] = [];
  const toc: TocEntry[] = [];
  let t = 0;
  for (const unit of groups) {
    // From the start of the line: the indent before the first marker decides how later lines nest.
    const baseLine = document.lines.lineAt(unit.start);
    const lineStart = Math.min(unit.start, document.lines.lineStart(baseLine));
    const source = document.text.slice(lineStart, unit.end);
    let key = `${unit.start - lineStart}\u0000${source}`;
    for (const node of unit.nodes) {
      const level = state.pseudoHeadings.get(startOf(node))?.suggestedLevel;
      if (level !== undefined) key += `\u0000h${startOf(node) - unit.start}:${level}`;
    }
    for (; t < tables.length && tables[t].span.start < unit.end; t++) {
      if (tables[t].span.start >= unit.start) key += `\u0000t${tableKey(tables[t], unit.start)}`;
    }
    if (source.includes('::clause')) key += `\u0000c${clauseContext()}`;
    let piece = pieces.get(unit.nodes[0]);
    if (!piece || piece.key !== key) piece = byText.get(key);
    if (piece && reusable(piece, unit, key, state)) {
      if (piece.nodes[0] !== unit.nodes[0]) {
        piece = { ...piece, nodes: unit.nodes };
        pieces.set(unit.nodes[0], piece);
        byText.set(key, piece);
      }
      state.headingCount += piece.headings;
      for (const id of piece.ids) {
        state.ids.add(id);
        state.idLog.push(id);
      }
    } else {
      piece = render(unit, state, baseLine, key);
      pieces.set(unit.nodes[0], piece);
      if (byText.size >= byTextCapacity) byText.clear();
      byText.set(key, piece);
      rendered++;
    }
    if (piece.visible) {
      if (out.length > 0) out.push('\n');
      for (let k = 0; k < piece.lines.length; k++) out.push(piece.parts[k], String(piece.lines[k] + baseLine));
      out.push(piece.parts[piece.lines.length]);
    }
    toc.push(...piece.toc);
  }
  last = { blocks: groups.length, rendered };
  return { html: out.join(''), toc };
}
