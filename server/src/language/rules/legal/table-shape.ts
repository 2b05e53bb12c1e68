import type { TableInfo } from '../../model/types';
import type { PolicyRule } from '../types';

/** Sections whose tables are expected to be recipient tables (brief §2.3). */
const recipientSectionKinds = ['third-party', 'joint-use', 'outsourcing', 'foreign-transfer', 'opt-out'];

/** How many cells a row should have: the header's, or for a headerless pseudo-table the usual count. */
function expectedCells(table: TableInfo): number {
  if (table.header) return table.header.cells.length;
  const counts = new Map<number, number>();
  for (const row of table.rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? table.columnCount;
}

export const tableShapeRule: PolicyRule = {
  id: 'table-shape',
  description: { ja: '表の形の誤り（列数の不一致・空欄・提供先の表で読めない見出し）', en: 'Malformed tables: wrong cell count, empty cells, unrecognised recipient-table header' },
  tags: ['structure', 'table'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '列数が見出しと合わない行は、表示で値が落ちたり別の列にずれたりします。提供先や提供する項目の空欄は、法第27条第5項第3号・第28条第2項などで示すべき事項の書き漏れです。提供先の表の見出しに提供先と項目の列が読み取れないと、本文との突き合わせ（提供先の不一致など）もできません。',
    en: 'A row with more or fewer cells than the header loses values or shifts them into the wrong column when rendered. An empty recipient or data cell leaves out what APPI Art. 27(5)(iii) or 28(2) requires to be shown, and a recipient table whose header names no recipient or data column cannot be checked against the text.',
  },
  fixable: false,
  check({ document, report }) {
    for (const table of document.tables) {
      const expected = expectedCells(table);
      for (const row of table.rows) {
        if (row.cells.length !== expected && row.cells.length > 0) {
          report({
            span: row.span,
            messageId: 'cell-count',
            message: {
              ja: `この行のセルは${row.cells.length}個ですが、表は${expected}列です。${row.cells.length > expected ? '余分なセルは表示されません。' : '足りない列は空欄になります。'}区切り（| やタブ）を確かめ、列をそろえてください。`,
              en: `This row has ${row.cells.length} cells but the table has ${expected} columns; ${row.cells.length > expected ? 'the extra cells are not shown' : 'the missing ones show as empty'}. Check the separators (| or tabs) and line the columns up.`,
            },
          });
        }
        row.cells.forEach((cell, column) => {
          const role = table.roles[column];
          if (cell.text !== '' || (role !== 'recipient' && role !== 'data')) return;
          const what = role === 'recipient' ? { ja: '提供先', en: 'recipient' } : { ja: '提供する個人情報の項目', en: 'data items' };
          report({
            span: cell.span,
            messageId: 'empty-cell',
            message: {
              ja: `${what.ja}の欄が空です。本人に示す事項が抜けています。内容を書くか、該当がなければ「なし」と書いてください。`,
              en: `The ${what.en} cell is empty, so something the reader must be told is missing. Fill it in, or write "none".`,
            },
          });
        });
      }
      const section = table.section === undefined ? undefined : document.sections[table.section];
      if (
        table.header &&
        table.rolesFrom !== 'header' &&
        section?.kinds.some((kind) => recipientSectionKinds.includes(kind))
      ) {
        const lineEnd = document.lines.lineEnd(document.lines.lineAt(table.header.span.start));
        report({
          span: { start: table.header.span.start, end: Math.min(lineEnd, table.header.span.end) },
          messageId: 'unrecognised-header',
          severity: 'info',
          message: {
            ja: `「${section.title}」の表ですが、見出し行から提供先の列と提供する個人情報の列を読み取れません。「提供先」「共同利用者」「委託先」と「提供する個人情報」「項目」のような見出しにしてください。`,
            en: `This table sits in "${section.title}" but its header names no recipient column and data column. Use headers such as "Recipient" and "Categories of data".`,
          },
        });
      }
    }
  },
};
