import type { Position, Range } from 'vscode-languageserver-types';

/**
 * A half-open range of UTF-16 code-unit offsets into a document's text.
 * Everything inside the engine speaks offsets; LSP positions are produced only by {@link LineIndex}.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The one place where offsets become LSP positions and back.
 * Lines end at \n, \r\n or \r, as LSP defines them; characters are UTF-16 code units.
 */
export class LineIndex {
  readonly #text: string;
  readonly #lineStarts: number[];

  constructor(text: string) {
    this.#text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** Offset of the first character of a 0-based line. */
  lineStart(line: number): number {
    return this.#lineStarts[Math.max(0, Math.min(line, this.#lineStarts.length - 1))];
  }

  /** Offset just past the last character of a 0-based line, before its line ending. */
  lineEnd(line: number): number {
    const next = line + 1 < this.#lineStarts.length ? this.#lineStarts[line + 1] : this.#text.length;
    let end = next;
    if (end > this.lineStart(line) && this.#text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.#text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.#text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 0-based line containing an offset. */
  lineAt(offset: number): number {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * Clamps an offset into the text and off the middle of a surrogate pair or a \r\n,
   * so that no position ever splits a character the editor shows as one.
   */
  clamp(offset: number): number {
    let result = Math.max(0, Math.min(Math.trunc(offset), this.#text.length));
    if (result > 0 && result < this.#text.length) {
      const before = this.#text.charCodeAt(result - 1);
      const at = this.#text.charCodeAt(result);
      if ((isHighSurrogate(before) && isLowSurrogate(at)) || (before === 13 && at === 10)) result--;
    }
    return result;
  }

  positionAt(offset: number): Position {
    const clamped = this.clamp(offset);
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.#lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#lineStarts.length) return this.#text.length;
    const start = this.#lineStarts[position.line];
    return this.clamp(Math.min(start + Math.max(0, position.character), this.lineEnd(position.line)));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}
