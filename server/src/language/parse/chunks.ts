/**
 * Where a Markdown document can be cut into pieces that parse the same alone as inside the whole:
 * the start of a non-indented line after a blank line, outside fences, HTML blocks and directive
 * containers, and not a list marker (which could continue a list) or `---` (which could underline a
 * setext heading or open front matter), nor a line starting with U+FEFF (remark would drop it as a BOM
 * at the start of a chunk). Link and footnote definitions are document-wide, so a
 * document with any of them is not cut at all (the caller checks {@link hasDefinitionLine}).
 */

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const fenceClose = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const directiveFence = /^ {0,3}(:{3,})/;
const directiveClose = /^ {0,3}:{3,}[ \t]*$/;
/**
 * A line that may hold or open a link or footnote definition, also inside block quotes and list
 * items: it starts with `[` and either has `]:` or no `]` (a label may run onto the next line).
 * Line-local on purpose, so that checking only the lines an edit touched gives the same answer.
 */
const definitionLine = /^[ \t>*+\-0-9.)]*\[(?:[^\]\r\n]*$|.*\]:)/m;
const htmlBlockStarts: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const blankLine = /^[ \t]*$/;
const frontMatterFence = /^---[ \t]*$/;

/**
 * Whether a line, after a blank line and outside anything open, may start a chunk: it is not blank,
 * not indented (a continuation), not a list marker (which could continue a list) and not `---`.
 */
export function mayStartChunk(content: string): boolean {
  return !blankLine.test(content) && !/^[ \t\ufeff]/.test(content) && !listMarker.test(content) && !content.startsWith('---');
}

export function hasDefinitionLine(text: string): boolean {
  return definitionLine.test(text);
}

/** What the scanner knows at the start of a line; at every cut it is "outside everything". */
export interface ScanState {
  fence?: { readonly char: string; readonly length: number };
  htmlEnd?: RegExp;
  directiveDepth: number;
  previousBlank: boolean;
}

/** Offset just past a line's content and offset of the next line (after \n, \r\n or \r). */
export function lineBounds(text: string, from: number): { end: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return { end: i, next: i + 1 };
    if (code === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}

/**
 * Scans lines from `offset` (a line start, 0-based line `line`) with the scanner in `state`, calling
 * `cut` at every line where the document may be cut. `cut` returns false to stop the scan.
 * Returns the number of the line after the last one scanned.
 */
export function scanCuts(
  text: string,
  offset: number,
  line: number,
  state: ScanState,
  cut: (offset: number, line: number) => boolean,
): number {
  let position = offset;
  let lineNumber = line;
  while (position < text.length) {
    const { end, next } = lineBounds(text, position);
    const content = text.slice(position, end);
    const lineStart = position;
    const current = lineNumber;
    position = next;
    lineNumber++;
    if (state.fence) {
      const close = fenceClose.exec(content);
      if (close && close[1][0] === state.fence.char && close[1].length >= state.fence.length) state.fence = undefined;
      state.previousBlank = false;
      continue;
    }
    if (state.htmlEnd) {
      if (state.htmlEnd.test(content)) state.htmlEnd = undefined;
      state.previousBlank = false;
      continue;
    }
    const blank = blankLine.test(content);
    if (state.previousBlank && state.directiveDepth === 0 && current > 0 && mayStartChunk(content)) {
      if (!cut(lineStart, current)) return current;
    }
    const open = fenceOpen.exec(content);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      state.fence = { char: open[1][0], length: open[1].length };
    } else {
      if (directiveFence.test(content)) {
        if (directiveClose.test(content)) state.directiveDepth = Math.max(0, state.directiveDepth - 1);
        else state.directiveDepth++;
      }
      for (const [start, endPattern] of htmlBlockStarts) {
        if (start.test(content)) {
          if (!endPattern.test(content.replace(start, ''))) state.htmlEnd = endPattern;
          break;
        }
      }
    }
    state.previousBlank = blank;
  }
  return lineNumber;
}

/**
 * Where YAML front matter ends: the offset and line of the line after its closing fence, or undefined
 * when the text does not open with a fence that is closed. Mirrors remark-frontmatter, which accepts
 * a closing fence anywhere below.
 */
export function frontMatterEnd(text: string): { offset: number; line: number } | undefined {
  const first = lineBounds(text, 0);
  if (!frontMatterFence.test(text.slice(0, first.end))) return undefined;
  let position = first.next;
  let line = 1;
  while (position < text.length) {
    const { end, next } = lineBounds(text, position);
    if (frontMatterFence.test(text.slice(position, end))) return { offset: next, line: line + 1 };
    position = next;
    line++;
  }
  return undefined;
}

/** Line breaks in text[from, to): \n, \r\n and \r each count once. */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
    }
  }
  return count;
}

// Inside list items and block quotes the source lines carry indentation and `>` markers, so these
// accept any; reading too much as open only merges chunks.
const fencedCodeStart = /^[ \t]*(`{3,}|~{3,})/;
const fenceCloseInside = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;
const directiveStart = /^[ \t]*:{3,}/;
const directiveCloseInside = /^[ \t>]*:{3,}[ \t]*$/;
const htmlStartsInside: readonly (readonly [RegExp, RegExp])[] = htmlBlockStarts.map(([start, end]) => [new RegExp(start.source.replace('^ {0,3}', '^[ \\t]*'), start.flags), end]);

function lastLine(source: string): string {
  const trimmed = source.replace(/[\r\n]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1);
}

/**
 * Whether the last top-level block of a chunk is still open at the chunk's end: a fenced code block,
 * an HTML block of the kinds that run until an end marker, or a directive container, without their
 * closing line. Those are the only blocks that reach over a blank line into a line that could start
 * a chunk, so a chunk whose last block is closed was cut where the whole document's parse has nothing
 * open either. Inside a list item or block quote such a block is closed by its container in the whole
 * document but runs on over the trailing blank lines at the end of a chunk, so the caller checks the
 * last block at every depth. This checks the scanner against the parser; a chunk that fails it is
 * merged with the next.
 */
export function endsOpen(type: string, source: string): boolean {
  if (type === 'code') {
    const open = fencedCodeStart.exec(source);
    if (!open) return false;
    const firstBreak = source.search(/[\r\n]/);
    if (firstBreak < 0) return true;
    const close = fenceCloseInside.exec(lastLine(source.slice(firstBreak)));
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  if (type === 'html') {
    for (const [start, end] of htmlStartsInside) {
      if (start.test(source)) return !end.test(source.replace(start, ''));
    }
    return false;
  }
  if (type === 'containerDirective') {
    if (!directiveStart.test(source)) return false;
    const firstBreak = source.search(/[\r\n]/);
    return firstBreak < 0 || !directiveCloseInside.test(lastLine(source.slice(firstBreak)));
  }
  return false;
}
