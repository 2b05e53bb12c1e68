import type { AlignType, Table } from 'mdast';
import { spanOf } from '../../model/text';
import type { LineIndex } from '../../text/positions';
import type { FormatUnit, OffsetEdit } from './types';
import { displayWidth } from './width';

/**
 * Cells of one table row as GFM reads them: a pipe after a backslash is text, a pipe after an escaped
 * backslash is a delimiter, and code spans do not protect pipes (micromark splits `a|b` too).
 */
export function splitRow(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i];
    if (char === '\\' && (row[i + 1] === '|' || row[i + 1] === '\\')) {
      current += char + row[i + 1];
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  const trimmed = row.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (cells.length > 0 && endsWithDelimiter(trimmed)) cells.pop();
  return cells.map((cell) => cell.trim());
}

/**
 * True when an unescaped pipe sits between two backtick runs that would pair up as a code span. GFM
 * splits the cell there, other renderers keep the code whole; a formatter cannot know which the writer
 * meant, so such a table is left exactly as written.
 */
export function hasPipeInCodeSpan(row: string): boolean {
  const runs = [...row.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const closing = runs.findIndex((run, j) => j > i && run[0].length === runs[i][0].length);
    if (closing < 0) continue;
    const inside = row.slice(runs[i].index + runs[i][0].length, runs[closing].index);
    if (/(?:^|[^\\])(?:\\\\)*\|/.test(inside)) return true;
    i = closing;
  }
  return false;
}

function endsWithDelimiter(row: string): boolean {
  if (!row.endsWith('|')) return false;
  let backslashes = 0;
  for (let i = row.length - 2; i >= 0 && row[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function pad(text: string, own: number, width: number, align: AlignType | undefined): string {
  const missing = Math.max(0, width - own);
  if (align === 'right') return ' '.repeat(missing) + text;
  if (align === 'center') return ' '.repeat(Math.floor(missing / 2)) + text + ' '.repeat(missing - Math.floor(missing / 2));
  return text + ' '.repeat(missing);
}

function delimiter(width: number, align: AlignType | undefined): string {
  if (align === 'center') return `:${'-'.repeat(width - 2)}:`;
  if (align === 'left') return `:${'-'.repeat(width - 1)}`;
  if (align === 'right') return `${'-'.repeat(width - 1)}:`;
  return '-'.repeat(width);
}

/** Where the row itself starts on a line that may carry a block quote or list indentation before it. */
const containerPrefix = /^[ \t]*(?:>[ \t]?[ \t]*)*/;

interface RowLine {
  readonly start: number;
  readonly end: number;
  readonly cells: string[];
  readonly widths: number[];
}

/** A GFM table realigned so that every column is as wide as its widest cell, full-width characters counting two. */
export function formatTable(table: Table, text: string, lines: LineIndex): FormatUnit | undefined {
  const tableSpan = spanOf(table);
  if (!tableSpan || table.children.length === 0) return undefined;
  const rows: RowLine[] = [];
  for (const row of table.children) {
    const rowSpan = spanOf(row);
    if (!rowSpan) return undefined;
    const line = lines.lineAt(rowSpan.start);
    const end = lines.lineEnd(line);
    const rowText = text.slice(rowSpan.start, end);
    if (hasPipeInCodeSpan(rowText)) return undefined;
    const cells = splitRow(rowText);
    rows.push({ start: rowSpan.start, end, cells, widths: cells.map(displayWidth) });
  }
  const delimiterLine = lines.lineAt(rows[0].start) + 1;
  const delimiterLineStart = lines.lineStart(delimiterLine);
  const delimiterText = lines.lineText(delimiterLine);
  const delimiterStart = delimiterLineStart + (containerPrefix.exec(delimiterText)?.[0].length ?? 0);
  // The delimiter row is no node of its own: make sure the line after the header really is it.
  const bodyStartsAfterDelimiter = rows.length === 1 || lines.lineAt(rows[1].start) > delimiterLine;
  if (!bodyStartsAfterDelimiter || !/^[ \t|:-]+$/.test(text.slice(delimiterStart, lines.lineEnd(delimiterLine)))) return undefined;

  const columns = rows[0].cells.length;
  const align = table.align ?? [];
  const widths = Array.from({ length: columns }, (_, column) => Math.max(3, ...rows.map((row) => row.widths[column] ?? 0)));
  const render = (row: RowLine) => {
    const aligned = widths.map((width, column) => pad(row.cells[column] ?? '', row.widths[column] ?? 0, width, align[column] ?? undefined));
    return `| ${[...aligned, ...row.cells.slice(columns)].join(' | ')} |`;
  };

  const edits: OffsetEdit[] = [];
  const replace = (start: number, end: number, newText: string) => {
    if (text.slice(start, end) !== newText) edits.push({ span: { start, end }, newText });
  };
  replace(rows[0].start, rows[0].end, render(rows[0]));
  replace(delimiterStart, lines.lineEnd(delimiterLine), `| ${widths.map((width, column) => delimiter(width, align[column] ?? undefined)).join(' | ')} |`);
  for (const row of rows.slice(1)) replace(row.start, row.end, render(row));
  return { span: { start: lines.lineStart(lines.lineAt(tableSpan.start)), end: tableSpan.end }, edits };
}
