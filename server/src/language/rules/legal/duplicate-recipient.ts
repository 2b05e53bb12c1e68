import type { PolicyDocument, SectionKind, TableCellInfo, TableInfo } from '../../model/types';
import type { Fix, PolicyRule } from '../types';
import { normalizeName } from './scan';

/** A recipient's name without legal-form words, so 株式会社A and A株式会社 and A社 compare equal. */
export function recipientKey(name: string): string {
  return normalizeName(name)
    .replace(/株式会社|有限会社|合同会社|\(株\)|㈱|inc\.?|llc|ltd\.?|co\.,?|corporation|corp\.?/g, '')
    .replace(/[「」『』()（）,.、。]/g, '');
}

function recipientCells(table: TableInfo): TableCellInfo[] {
  const column = table.roles.indexOf('recipient');
  if (column < 0) return [];
  // A sentence in the recipient column (a description, not a name) cannot be compared as a name.
  return table.rows.map((row) => row.cells[column]).filter((cell): cell is TableCellInfo => cell !== undefined && cell.text !== '' && cell.text.length <= 60 && !/[。.]$|、.*、.*、/.test(cell.text));
}

function tableKind(document: PolicyDocument, table: TableInfo): SectionKind | undefined {
  const kinds = table.section === undefined ? [] : document.sections[table.section].kinds;
  if (kinds.includes('joint-use')) return 'joint-use';
  if (kinds.includes('outsourcing')) return 'outsourcing';
  return undefined;
}

/**
 * A row repeated word for word says nothing the first one did not: deleting it loses nothing, so
 * that fix is safe. Rows that differ need merging by the writer, who knows which items are right,
 * so they get no fix.
 */
function removeRepeatedRow(document: PolicyDocument, table: TableInfo, cell: TableCellInfo, first: TableCellInfo): Fix[] {
  if (table.kind !== 'gfm') return [];
  const rowOf = (target: TableCellInfo) => table.rows.find((row) => row.cells.includes(target));
  const row = rowOf(cell);
  const earlier = rowOf(first);
  if (!row || !earlier) return [];
  const same = row.cells.length === earlier.cells.length && row.cells.every((c, i) => normalizeName(c.text) === normalizeName(earlier.cells[i].text));
  if (!same) return [];
  const line = document.lines.lineAt(row.span.start);
  const start = document.lines.lineStart(line);
  const end = line + 1 < document.lines.lineCount ? document.lines.lineStart(line + 1) : document.text.length;
  return [{ title: { ja: '重複した行を削除する', en: 'Remove the repeated row' }, edits: [{ span: { start, end }, newText: '' }], safe: true }];
}

export const duplicateRecipientRule: PolicyRule = {
  id: 'duplicate-recipient',
  description: { ja: '同じ提供先が表に2回ある、又は委託先と共同利用者の両方にある', en: 'The same recipient twice in a table, or both a service provider and a joint user' },
  tags: ['table', 'legal'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '同じ提供先が2行にあると、どちらの行の項目が正しいのか、行を統合し忘れたのかが分かりません。委託（法第27条第5項第1号）と共同利用（同第3号）は取扱いの形態で区別され（ガイドライン通則編3-6-3）、同じ相手を両方に挙げると本人にはどちらの扱いなのか分かりません。',
    en: 'A recipient listed in two rows leaves readers unsure which row is right. Entrustment (APPI Art. 27(5)(i)) and joint use (27(5)(iii)) are distinguished by how the data is handled (PPC guidelines 3-6-3), so naming the same party as both leaves its role unclear.',
  },
  fixable: true,
  check({ document, report }) {
    const byKind = new Map<SectionKind, Map<string, TableCellInfo>>();
    for (const table of document.tables) {
      const seen = new Map<string, TableCellInfo>();
      for (const cell of recipientCells(table)) {
        const key = recipientKey(cell.text);
        if (key.length < 2) continue;
        const first = seen.get(key);
        if (first) {
          report({
            span: cell.span,
            messageId: 'same-table',
            fixes: removeRepeatedRow(document, table, cell, first),
            message: {
              ja: `提供先「${cell.text}」は、この表の${document.lines.lineAt(first.span.start) + 1}行目にもあります。1行にまとめ、提供する項目をそろえてください。`,
              en: `Recipient "${cell.text}" is also listed on line ${document.lines.lineAt(first.span.start) + 1} of this table. Merge the two rows so that its data items are stated once.`,
            },
          });
        } else seen.set(key, cell);
      }
      const kind = tableKind(document, table);
      if (kind) {
        const map = byKind.get(kind) ?? new Map<string, TableCellInfo>();
        byKind.set(kind, map);
        for (const [key, cell] of seen) if (!map.has(key)) map.set(key, cell);
      }
    }
    const outsourced = byKind.get('outsourcing');
    for (const [key, cell] of byKind.get('joint-use') ?? []) {
      const other = outsourced?.get(key);
      if (!other) continue;
      report({
        span: cell.span,
        messageId: 'outsourcing-and-joint-use',
        severity: 'info',
        message: {
          ja: `「${cell.text}」は委託先（${document.lines.lineAt(other.span.start) + 1}行目）と共同利用者の両方に挙がっています。委託か共同利用かは取扱いの形態で決まります（ガイドライン通則編3-6-3）。どちらか一方にしてください。`,
          en: `"${cell.text}" is listed both as a service provider (line ${document.lines.lineAt(other.span.start) + 1}) and as a joint user. Entrustment and joint use are told apart by how the data is handled (PPC guidelines 3-6-3); list it under one of them.`,
        },
      });
    }
  },
};
