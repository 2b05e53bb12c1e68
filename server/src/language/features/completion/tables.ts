// Context 4: in a recipient table cell, the recipients and data items the document already uses,
// so the same recipient is spelt the same way in every table (data column: declared items first).
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { splitCellItems } from '../../model/tables';
import type { ColumnRole, PolicyDocument, TableInfo } from '../../model/types';
import { sortKey, type CompletionContext } from './context';

/** Unescaped pipes before the cursor on a table row line. */
function columnAt(before: string): number {
  const pipes = before.replace(/\\\|/g, '').split('|').length - 1;
  return /^\s*\|/u.test(before) ? pipes - 1 : pipes;
}

function tableAt(context: CompletionContext): TableInfo | undefined {
  const { document, line } = context;
  return document.tables.find((table) => {
    if (table.kind !== 'gfm') return false;
    const first = document.lines.lineAt(table.span.start);
    const last = document.lines.lineAt(table.span.end);
    // The header and its delimiter row name the columns; completion is for the body.
    return line >= first + 2 && line <= last;
  });
}

function cellValues(document: PolicyDocument, role: ColumnRole): string[] {
  const values: string[] = [];
  for (const table of document.tables) {
    const column = table.roles.indexOf(role);
    if (column < 0) continue;
    for (const row of table.rows) for (const item of row.cells[column]?.items ?? []) values.push(item.text);
  }
  return values;
}

/** What the document declares it collects: the items of lists in its collected-data sections. */
function declaredItems(document: PolicyDocument): string[] {
  const values: string[] = [];
  for (const list of document.lists) {
    const section = list.section !== undefined ? document.sections[list.section] : undefined;
    if (!section?.kinds.includes('collected-data')) continue;
    for (const item of list.items) for (const part of splitCellItems(item.text.replace(/^[・●]/u, ''), 0)) if (part.text.length <= 30) values.push(part.text);
  }
  return values;
}

export function tableCompletions(context: CompletionContext): CompletionItem[] {
  const table = tableAt(context);
  if (!table) return [];
  const role = table.roles[columnAt(context.before)];
  if (role !== 'recipient' && role !== 'data') return [];
  const { document } = context;
  const cellStart = context.before.search(/[^|]*$/u);
  const itemStart = Math.max(cellStart, context.before.search(/[^|、,，／]*$/u));
  const typedRaw = context.before.slice(itemStart);
  const typed = typedRaw.trimStart();
  const from = context.lineStart + itemStart + (typedRaw.length - typed.length);
  const restLength = /^[^|、,，／]*/u.exec(context.after)?.[0].trimEnd().length ?? 0;
  const inCell = new Set(splitCellItems(context.before.slice(cellStart, itemStart), 0).map((item) => item.text));
  const declared = role === 'data' ? declaredItems(document) : [];
  const used = cellValues(document, role);
  const seen = new Set<string>();
  const candidates: { value: string; declared: boolean }[] = [];
  for (const [values, isDeclared] of [[declared, true], [used, false]] as const) {
    for (const value of values) {
      if (seen.has(value) || inCell.has(value) || value === typed) continue;
      seen.add(value);
      candidates.push({ value, declared: isDeclared });
    }
  }
  const range = { start: document.lines.positionAt(from), end: document.lines.positionAt(context.offset + restLength) };
  const language = context.messageLanguage;
  return candidates.map(({ value, declared: isDeclared }, index) => ({
    label: value,
    labelDetails: {
      description: role === 'recipient'
        ? (language === 'ja' ? '提供先' : 'recipient')
        : isDeclared ? (language === 'ja' ? '取得する個人情報' : 'declared collected item') : language === 'ja' ? '表で使用済み' : 'used in a table',
    },
    kind: role === 'recipient' ? CompletionItemKind.Class : CompletionItemKind.Field,
    sortText: sortKey(index),
    textEdit: { range, newText: value },
  }));
}
