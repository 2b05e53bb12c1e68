import type { PolicyRule } from '../types';
import { normalizeName } from './scan';

export const duplicateTableItemRule: PolicyRule = {
  id: 'duplicate-table-item',
  description: { ja: '表の1つのセルに同じ項目が2回ある', en: 'The same item twice in one table cell' },
  tags: ['table'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '「メールアドレス、メールアドレス」のような重複は、別の項目（例: 別のメールアドレスの種類）を書くつもりだった書き損じであることが多く、提供する項目（法第27条第5項第3号、第28条第2項）が正確に示されているか読み手が疑います。',
    en: 'A repeated item ("email address, email address") is usually a slip where another item was meant, and makes readers doubt that the data items (APPI Art. 27(5)(iii), 28(2)) are stated correctly.',
  },
  fixable: true,
  check({ document, report }) {
    for (const table of document.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const seen = new Map<string, number>();
          cell.items.forEach((item, index) => {
            const key = normalizeName(item.text);
            if (key.length < 2) return;
            const first = seen.get(key);
            if (first === undefined) {
              seen.set(key, index);
              return;
            }
            const previous = cell.items[index - 1];
            // From the separator before the item, so that markup closing the item before it (**住所**) stays.
            const between = document.text.slice(previous.span.end, item.span.start);
            const separator = Math.max(between.lastIndexOf('、'), between.lastIndexOf(','), between.lastIndexOf('，'), between.lastIndexOf('／'), between.lastIndexOf('および'));
            const from = separator >= 0 ? previous.span.end + separator : previous.span.end;
            report({
              span: item.span,
              messageId: 'duplicate-item',
              message: {
                ja: `「${item.text}」が同じセルに2回あります。別の項目を書くつもりだったのでなければ、重複を削除してください。`,
                en: `"${item.text}" appears twice in the same cell. Unless another item was meant, remove the duplicate.`,
              },
              fixes: [
                {
                  title: { ja: `重複した「${item.text}」を削除する`, en: `Remove the duplicate "${item.text}"` },
                  edits: [{ span: { start: from, end: item.span.end }, newText: '' }],
                  safe: true,
                },
              ],
            });
          });
        }
      }
    }
  },
};
