import { displayWidth } from '../../model/text';
import type { ColumnRole, PolicyDocument, TableInfo } from '../../model/types';
import type { PolicyRule } from '../types';

const roleHeaders: Record<ColumnRole, { ja: string; en: string }> = {
  recipient: { ja: '提供先', en: 'Recipient' },
  data: { ja: '提供する個人情報', en: 'Personal data' },
  purpose: { ja: '利用目的', en: 'Purpose' },
  method: { ja: '提供方法', en: 'Method' },
  country: { ja: '国・地域', en: 'Country' },
};

function recipientWord(document: PolicyDocument, table: TableInfo): { ja: string; en: string } {
  const kinds = table.section === undefined ? [] : document.sections[table.section].kinds;
  if (kinds.includes('joint-use')) return { ja: '共同利用者', en: 'Joint user' };
  if (kinds.includes('outsourcing')) return { ja: '委託先', en: 'Service provider' };
  return roleHeaders.recipient;
}

/** A cell as written (inline markup kept), safe inside a GFM row. */
function cellSource(document: PolicyDocument, span: { start: number; end: number }): string {
  return document.text.slice(span.start, span.end).replace(/\s*\n\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|').trim();
}

/** The table as GFM, padded so that columns line up in a monospaced editor (full-width counts two). */
export function gfmTableText(document: PolicyDocument, table: TableInfo): { text: string; headerGuessed: boolean } {
  const language = document.language;
  const columns = table.columnCount;
  let headerGuessed = false;
  const header = Array.from({ length: columns }, (_, i) => {
    const cell = table.header?.cells[i];
    if (cell) return cellSource(document, cell.span);
    headerGuessed = true;
    const role = table.roles[i];
    if (role === 'recipient') return recipientWord(document, table)[language];
    return role ? roleHeaders[role][language] : language === 'ja' ? `項目${i + 1}` : `Column ${i + 1}`;
  });
  const rows = table.rows.map((row) => Array.from({ length: columns }, (_, i) => (row.cells[i] ? cellSource(document, row.cells[i].span) : '')));
  const widths = header.map((_, i) => Math.max(3, displayWidth(header[i]), ...rows.map((row) => displayWidth(row[i]))));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c))).join(' | ')} |`;
  const delimiter = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return { text: [line(header), delimiter, ...rows.map(line)].join('\n'), headerGuessed };
}

export const pseudoTableRule: PolicyRule = {
  id: 'pseudo-table',
  description: { ja: 'タブ区切り・空白揃えの擬似的な表', en: 'A tab-separated or space-aligned pseudo-table' },
  tags: ['structure', 'table'],
  defaultSeverity: 'warning',
  rationale: {
    ja: 'PDF や表計算ソフトから貼り付けたタブ区切り・空白揃えの行は、Markdown では1つの段落になり、プレビューや公開ページでは列が崩れて提供先と提供する項目の対応が読めなくなります。提供先の表は法第27条第5項第3号（共同利用）や第28条（外国にある第三者）で本人に示す事項の中心です。GFM の表にしてください。',
    en: 'Tab-separated or space-aligned lines pasted from a PDF or a spreadsheet are one paragraph in Markdown, so the preview and the published page run the columns together and readers cannot tell which data goes to which recipient — the very items APPI Art. 27(5)(iii) and 28 require to be shown. Use a GFM table.',
  },
  fixable: true,
  check({ document, report }) {
    for (const table of document.tables) {
      if (table.kind === 'gfm') continue;
      const { text, headerGuessed } = gfmTableText(document, table);
      const firstLineEnd = document.lines.lineEnd(document.lines.lineAt(table.span.start));
      const how = table.kind === 'pseudo-tab' ? { ja: 'タブ区切り', en: 'tab-separated' } : { ja: '空白で桁揃え', en: 'space-aligned' };
      report({
        span: { start: table.span.start, end: Math.min(firstLineEnd, table.span.end) },
        messageId: table.kind,
        message: {
          ja: `${how.ja}の擬似的な表（${table.rows.length}行）です。Markdown では表として表示されず、プレビューや公開ページで列が崩れます。GFM の表に変換してください${headerGuessed ? '（見出し行は推定なので確認してください）' : ''}。`,
          en: `This is a ${how.en} pseudo-table (${table.rows.length} rows). Markdown does not render it as a table, so the columns run together in the preview and the published page. Convert it to a GFM table${headerGuessed ? ' (check the guessed header row)' : ''}.`,
        },
        fixes: [
          {
            title: { ja: 'GFM の表に変換する', en: 'Convert to a GFM table' },
            edits: [{ span: table.span, newText: text }],
            // A guessed header adds words the writer never wrote.
            safe: !headerGuessed,
          },
        ],
      });
    }
  },
};
