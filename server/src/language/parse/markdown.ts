import type { Root, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

/**
 * A run of top-level blocks that parses the same alone as inside the whole document.
 * Keeping them per chunk lets the next version of a document re-parse only the chunks an edit touched.
 */
interface Chunk {
  readonly text: string;
  /** Offset of the chunk in the document text (after any BOM). */
  readonly start: number;
  /** 0-based line of the chunk's first line. */
  readonly startLine: number;
  readonly nodes: RootContent[];
}

export interface ParsedMarkdown {
  readonly root: Root;
  readonly chunks: readonly Chunk[];
  /** How many chunks this parse had to run remark on (the rest were reused). */
  readonly parsedChunks: number;
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const directiveFence = /^ {0,3}(:{3,})/;
const definitionLine = /^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/m;
const htmlBlockStarts: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Lines with their start offsets, keeping each line's own line ending. */
function splitLines(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') break;
    lines.push({ text: match[0].replace(/[\r\n]+$/, ''), start: match.index });
  }
  return lines;
}

/**
 * Offsets where the document can be cut into independently parseable chunks: the start of a
 * non-indented line after a blank line, outside fences, HTML blocks and directive containers,
 * and not a list marker (which could continue a list). Link and footnote definitions are
 * document-wide, so a document with any of them is one chunk.
 */
function chunkBoundaries(text: string): { offset: number; line: number }[] {
  const boundaries = [{ offset: 0, line: 0 }];
  if (definitionLine.test(text)) return boundaries;
  const lines = splitLines(text);
  let index = 0;
  if (lines.length > 0 && /^---[ \t]*$/.test(lines[0].text)) {
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line.text));
    if (close > 0) {
      index = close + 1;
      if (index < lines.length) boundaries.push({ offset: lines[index].start, line: index });
    }
  }
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let directiveDepth = 0;
  let previousBlank = false;
  for (; index < lines.length; index++) {
    const line = lines[index].text;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      previousBlank = false;
      continue;
    }
    const blank = isBlank(line);
    if (
      previousBlank && !blank && directiveDepth === 0 && index > 0 &&
      !/^[ \t]/.test(line) && !listMarker.test(line) && !line.startsWith('---')
    ) {
      boundaries.push({ offset: lines[index].start, line: index });
    }
    const open = fenceOpen.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
    } else {
      const directive = directiveFence.exec(line);
      if (directive) {
        if (/^ {0,3}:{3,}[ \t]*$/.test(line)) directiveDepth = Math.max(0, directiveDepth - 1);
        else directiveDepth++;
      }
      for (const [start, end] of htmlBlockStarts) {
        if (start.test(line)) {
          const rest = line.replace(start, '');
          if (!end.test(rest)) htmlEnd = end;
          break;
        }
      }
    }
    previousBlank = blank;
  }
  return boundaries;
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

/**
 * Parses Markdown with remark (GFM, YAML front matter, directives).
 * Given the previous parse of the same document, chunks whose text is unchanged are reused
 * (their nodes are moved in place), so an edit costs a parse of the chunks it touched.
 * The result is the same tree a parse of the whole text would give (a property test checks this).
 */
export function parseMarkdown(fullText: string, previous?: ParsedMarkdown): ParsedMarkdown {
  const bom = fullText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? fullText.slice(1) : fullText;
  const reusable = new Map<string, Chunk[]>();
  for (const chunk of previous?.chunks ?? []) {
    const list = reusable.get(chunk.text);
    if (list) list.push(chunk);
    else reusable.set(chunk.text, [chunk]);
  }

  const boundaries = chunkBoundaries(text);
  const chunks: Chunk[] = [];
  let parsedChunks = 0;
  for (let i = 0; i < boundaries.length; i++) {
    const { offset, line } = boundaries[i];
    const end = i + 1 < boundaries.length ? boundaries[i + 1].offset : text.length;
    const chunkText = text.slice(offset, end);
    const start = offset + bom;
    const old = reusable.get(chunkText)?.shift();
    let nodes: RootContent[];
    if (old) {
      nodes = old.nodes;
      if (old.start !== start || old.startLine !== line) {
        for (const node of nodes) shiftTree(node, start - old.start, line - old.startLine);
      }
    } else {
      nodes = processor.parse(chunkText).children;
      parsedChunks++;
      if (start !== 0 || line !== 0) for (const node of nodes) shiftTree(node, start, line);
    }
    chunks.push({ text: chunkText, start, startLine: line, nodes });
  }

  const lastLine = text.split(/\r\n|\r|\n/);
  const root: Root = {
    type: 'root',
    children: chunks.flatMap((chunk) => chunk.nodes),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lastLine.length, column: lastLine[lastLine.length - 1].length + 1, offset: fullText.length },
    },
  };
  return { root, chunks, parsedChunks };
}

/** Parses text in one piece, without chunking; the reference the incremental parse must equal. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}
