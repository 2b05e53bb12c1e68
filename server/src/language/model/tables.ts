import type { Nodes, Paragraph, RootContent, Table } from 'mdast';
import type { Span } from '../text/positions';
import { sectionAt } from './sections';
import { displayWidth, plainText, spanOf } from './text';
import type { ColumnRole, TableCellInfo, TableInfo, TableRowInfo, Section } from './types';

const headerRoles: readonly { role: ColumnRole; pattern: RegExp }[] = [
  { role: 'recipient', pattern: /提供先|共同利用者|共同して利用する者|委託先|送信先|受領者|提供を受ける者|第三者の名称|事業者名|会社名|名称|recipients?|third[- ]part(?:y|ies)|processors?|vendors?|service providers?|partners?/i },
  { role: 'data', pattern: /項目|提供する(?:個人)?(?:情報|データ)|(?:個人)?情報の(?:内容|種類)|送信される情報|データの種類|categor(?:y|ies) of (?:personal )?(?:data|information)|(?:personal )?data|information/i },
  { role: 'purpose', pattern: /目的|purposes?/i },
  { role: 'method', pattern: /方法|手段|methods?|means/i },
  { role: 'country', pattern: /国|所在地|地域|countr(?:y|ies)|location|region/i },
];

const organisation =
  /株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|学校法人|医療法人|社会福祉法人|事業者|機関|協会|組合|銀行|大学|省$|庁$|\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Co)\b\.?|Google|Amazon|Microsoft|Meta|Stripe/;
const dataWord = /氏名|名前|住所|電話|メール|番号|アドレス|ID|生年月日|性別|情報|データ|履歴|name|e-?mail|address|phone|identifier|data/i;
// Sticky: a global search from every character would rescan the rest of a long cell each time (quadratic).
const itemSeparator = /[、,，／]|および/y;
const openers = '(（「『[【〔';
const closers = ')）」』]】〕';

/** Splits a cell on 、 , ， ／ and および, but not inside brackets. */
export function splitCellItems(value: string, start: number): { text: string; span: Span }[] {
  const items: { text: string; span: Span }[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = value.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) items.push({ text: trimmed, span: { start: start + from + lead, end: start + from + lead + trimmed.length } });
  };
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (openers.includes(char)) depth++;
    else if (closers.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      itemSeparator.lastIndex = i;
      const match = itemSeparator.exec(value);
      if (match) {
        push(i);
        from = i + match[0].length;
        i = from - 1;
      }
    }
  }
  push(value.length);
  return items;
}

function cell(textValue: string, span: Span): TableCellInfo {
  return { text: textValue, span, items: splitCellItems(textValue, span.start) };
}

function rolesFromHeader(header: TableRowInfo): (ColumnRole | undefined)[] {
  const used = new Set<ColumnRole>();
  return header.cells.map((c) => {
    const match = headerRoles.find(({ role, pattern }) => !used.has(role) && pattern.test(c.text));
    if (match) used.add(match.role);
    return match?.role;
  });
}

/** Without a header, a column of company names is the recipient and a column of item lists is the data. */
function rolesFromContent(rows: readonly TableRowInfo[], columnCount: number): (ColumnRole | undefined)[] {
  const roles: (ColumnRole | undefined)[] = new Array(columnCount).fill(undefined);
  const share = (column: number, test: (c: TableCellInfo) => boolean) => {
    const cells = rows.map((row) => row.cells[column]).filter((c): c is TableCellInfo => c !== undefined);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  let recipient = -1;
  let best = 0.5;
  for (let column = 0; column < columnCount; column++) {
    const score = share(column, (c) => organisation.test(c.text));
    if (score >= best) {
      best = score;
      recipient = column;
    }
  }
  if (recipient >= 0) roles[recipient] = 'recipient';
  let data = -1;
  best = 0.5;
  for (let column = 0; column < columnCount; column++) {
    if (column === recipient) continue;
    const score = share(column, (c) => c.items.length > 1 || dataWord.test(c.text));
    if (score >= best) {
      best = score;
      data = column;
    }
  }
  if (data >= 0) roles[data] = 'data';
  return roles;
}

function looksLikeHeader(row: TableRowInfo): boolean {
  return row.cells.length > 1 && row.cells.every((c) => c.text.length <= 20) && rolesFromHeader(row).filter(Boolean).length >= 2;
}

function finish(
  index: number,
  kind: TableInfo['kind'],
  span: Span,
  header: TableRowInfo | undefined,
  rows: TableRowInfo[],
  sections: readonly Section[],
): TableInfo {
  const columnCount = Math.max(header?.cells.length ?? 0, ...rows.map((row) => row.cells.length));
  let roles = header ? rolesFromHeader(header) : [];
  let rolesFrom: TableInfo['rolesFrom'] = header ? 'header' : 'none';
  if (!roles.some(Boolean)) {
    roles = rolesFromContent(rows, columnCount);
    rolesFrom = roles.some(Boolean) ? 'content' : 'none';
  }
  return { index, kind, span, header, rows, columnCount, roles, rolesFrom, section: sectionAt(sections, span.start)?.index };
}

/**
 * A GFM cell's node spans its pipe and padding (`| 株式会社エービー `), and its text drops markup
 * and escapes, so the span is narrowed to the content and items are found in the source character
 * by character. An empty cell spans the blanks between its pipes, so that a report on it has width.
 */
function gfmCell(value: string, nodeSpan: Span, text: string): TableCellInfo {
  const raw = text.slice(nodeSpan.start, nodeSpan.end);
  let from = 0;
  let to = raw.length;
  if (raw[from] === '|') from++;
  if (raw[to - 1] === '|' && raw[to - 2] !== '\\') to--;
  const between = { start: nodeSpan.start + from, end: nodeSpan.start + to };
  while (from < to && /\s/.test(raw[from])) from++;
  while (to > from && /\s/.test(raw[to - 1])) to--;
  if (!value || from >= to) return cell(value, between.end > between.start ? between : nodeSpan);
  const span = { start: nodeSpan.start + from, end: nodeSpan.start + to };
  const source = text.slice(span.start, span.end);
  if (source === value) return cell(value, span);
  // Each visible character, in order, at the first matching source character after the previous one.
  const at: number[] = [];
  let cursor = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    while (cursor < source.length && source[cursor] !== char && !(char === '\n' && /\s/.test(source[cursor]))) cursor++;
    at.push(cursor < source.length ? span.start + cursor : -1);
    if (cursor < source.length) cursor++;
  }
  const items = splitCellItems(value, 0).map((item) => {
    const first = at[item.span.start];
    const last = at[item.span.end - 1];
    return { text: item.text, span: first >= 0 && last >= first ? { start: first, end: last + 1 } : span };
  });
  return { text: value, span, items };
}

function gfmTable(table: Table, index: number, sections: readonly Section[], text: string): TableInfo | undefined {
  const span = spanOf(table);
  if (!span) return undefined;
  const rows: TableRowInfo[] = [];
  for (const row of table.children) {
    const rowSpan = spanOf(row);
    if (!rowSpan) continue;
    rows.push({ span: rowSpan, cells: row.children.map((c) => gfmCell(plainText(c).trim(), spanOf(c) ?? rowSpan, text)) });
  }
  const [header, ...body] = rows;
  return finish(index, 'gfm', span, header, body, sections);
}

interface SourceLine {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string, span: Span): SourceLine[] {
  const lines: SourceLine[] = [];
  const source = text.slice(span.start, span.end);
  const pattern = /[^\r\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) lines.push({ text: match[0], start: span.start + match.index });
  return lines;
}

function tabCells(line: SourceLine): TableCellInfo[] {
  const cells: TableCellInfo[] = [];
  const pattern = /[^\t]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(line.text)) !== null) {
    const lead = match[0].length - match[0].trimStart().length;
    const value = match[0].trim();
    if (value) cells.push(cell(value, { start: line.start + match.index + lead, end: line.start + match.index + lead + value.length }));
  }
  return cells;
}

/** Cells separated by two or more spaces; also returns the display column where each cell starts. */
function spaceCells(line: SourceLine): { cells: TableCellInfo[]; columns: number[] } {
  const cells: TableCellInfo[] = [];
  const columns: number[] = [];
  const pattern = /\S(?:[^ ]| (?! ))*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(line.text)) !== null) {
    columns.push(displayWidth(line.text.slice(0, match.index)));
    cells.push(cell(match[0].trim(), { start: line.start + match.index, end: line.start + match.index + match[0].trimEnd().length }));
  }
  return { cells, columns };
}

const separatorLine = /^[\s\-|:=_—–]+$/;

/**
 * Tab-separated lines (as pasted from a spreadsheet or a PDF) and space-aligned columns read as
 * tables. A single tab-separated line counts when a dashed separator line sits beside it.
 */
function pseudoTable(
  paragraph: Paragraph,
  next: RootContent | undefined,
  text: string,
  index: number,
  sections: readonly Section[],
): TableInfo | undefined {
  const span = spanOf(paragraph);
  if (!span) return undefined;
  const lines = linesOf(text, span);
  const tabbed = lines.filter((line) => line.text.includes('\t') && tabCells(line).length >= 2);
  const nextSpan = next ? spanOf(next) : undefined;
  const separatorAfter = next?.type === 'thematicBreak' && nextSpan !== undefined && /\t/.test(text.slice(nextSpan.start, nextSpan.end));
  if (tabbed.length === lines.length && (lines.length >= 2 || separatorAfter)) {
    const rows = lines.map((line) => ({ span: { start: line.start, end: line.start + line.text.length }, cells: tabCells(line) }));
    const tableSpan = separatorAfter && nextSpan ? { start: span.start, end: nextSpan.end } : span;
    const header = rows.length > 1 && looksLikeHeader(rows[0]) ? rows.shift() : undefined;
    return finish(index, 'pseudo-tab', tableSpan, header, rows, sections);
  }
  if (lines.length >= 2 && !lines.some((line) => line.text.includes('\t'))) {
    const body = lines.filter((line) => !separatorLine.test(line.text));
    const parsed = body.map(spaceCells);
    const columns = parsed[0]?.columns.join(',');
    if (
      body.length >= 2 &&
      parsed.every((p) => p.cells.length >= 2 && p.columns.join(',') === columns) &&
      body.every((line) => / {2,}/.test(line.text.trim()))
    ) {
      const rows = body.map((line, i) => ({ span: { start: line.start, end: line.start + line.text.length }, cells: parsed[i].cells }));
      const header = looksLikeHeader(rows[0]) ? rows.shift() : undefined;
      return finish(index, 'pseudo-space', span, header, rows, sections);
    }
  }
  return undefined;
}

const shiftSpan = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });

function shiftRow(row: TableRowInfo, delta: number): TableRowInfo {
  return {
    span: shiftSpan(row.span, delta),
    cells: row.cells.map((c) => ({ text: c.text, span: shiftSpan(c.span, delta), items: c.items.map((item) => ({ text: item.text, span: shiftSpan(item.span, delta) })) })),
  };
}

function shiftTable(table: TableInfo, delta: number): TableInfo {
  return { ...table, span: shiftSpan(table.span, delta), header: table.header && shiftRow(table.header, delta), rows: table.rows.map((row) => shiftRow(row, delta)) };
}

function visitTables(children: readonly RootContent[], text: string, tables: TableInfo[], sections: readonly Section[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'table') {
      const table = gfmTable(node, tables.length, sections, text);
      if (table) tables.push(table);
    } else if (node.type === 'paragraph') {
      const table = pseudoTable(node, children[i + 1], text, tables.length, sections);
      if (table) tables.push(table);
    } else if ('children' in node) {
      visitTables((node as Nodes & { children: RootContent[] }).children, text, tables, sections);
    }
  }
}

interface CachedTables {
  /** The block's offset when `tables` were computed or last shifted. */
  start: number;
  tables: TableInfo[];
}

// Keyed by top-level block node, which the parser reuses where an edit did not touch it. A top-level
// paragraph with a tab may read as a table together with the block after it, so it is not cached.
const tableCache = new WeakMap<RootContent, CachedTables>();

export function buildTables(blocks: readonly RootContent[], text: string, sections: readonly Section[]): TableInfo[] {
  const tables: TableInfo[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.type !== 'table' && block.type !== 'paragraph' && !('children' in block)) continue;
    const span = spanOf(block);
    if (block.type === 'paragraph' && (!span || text.slice(span.start, span.end).includes('\t'))) {
      const table = pseudoTable(block, blocks[b + 1], text, tables.length, sections);
      if (table) tables.push(table);
      continue;
    }
    if (!span) {
      const found: TableInfo[] = [];
      visitTables([block], text, found, sections);
      for (const table of found) tables.push({ ...table, index: tables.length });
      continue;
    }
    let cached = tableCache.get(block);
    if (!cached) {
      const found: TableInfo[] = [];
      visitTables([block], text, found, sections);
      cached = { start: span.start, tables: found };
      tableCache.set(block, cached);
    } else if (cached.start !== span.start) {
      cached.tables = cached.tables.map((table) => shiftTable(table, span.start - cached!.start));
      cached.start = span.start;
    }
    for (const table of cached.tables) {
      const index = tables.length;
      const section = sectionAt(sections, table.span.start)?.index;
      if (table.index !== index || table.section !== section) {
        const updated = { ...table, index, section };
        cached.tables[cached.tables.indexOf(table)] = updated;
        tables.push(updated);
      } else tables.push(table);
    }
  }
  return tables;
}
