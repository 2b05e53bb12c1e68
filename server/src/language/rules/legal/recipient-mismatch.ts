import type { PolicyDocument, TableCellInfo, TableInfo } from '../../model/types';
import type { PolicyRule } from '../types';
import { recipientKey } from './duplicate-recipient';
import { unitSpan, unitsWithin, type TextUnit } from './scan';

/** Company names (株式会社X, X株式会社, X Inc.) and services that receive data in most policies that name them. */
const namedRecipient =
  /(?:株式会社|有限会社|合同会社)[^\s、。，,（）()「」にへをがはのとで]{1,20}|[^\s、。，,（）()「」ぁ-ん]{1,20}(?:株式会社|有限会社|合同会社)|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:Inc\.?|LLC|Ltd\.?|Limited|Corporation|GmbH)|Google Analytics|Google(?:アナリティクス| アナリティクス)|Google AdSense|Stripe|PayPal|Amazon Web Services|Firebase|Salesforce|Zendesk|HubSpot|Sentry|Mixpanel|Amplitude|Intercom/g;

function recipientNames(table: TableInfo): string[] {
  return recipientCells(table).map((cell) => cell.text);
}

function recipientCells(table: TableInfo): TableCellInfo[] {
  const column = table.roles.indexOf('recipient');
  if (column < 0) return [];
  return table.rows.flatMap((row) => (row.cells[column] ? [row.cells[column]] : []));
}

/** Names of organisations the text names, as recipient keys. */
function namedInText(units: readonly TextUnit[]): string[] {
  const keys: string[] = [];
  for (const unit of units) {
    namedRecipient.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = namedRecipient.exec(unit.text)) !== null) keys.push(recipientKey(match[0].replace(/^[はがをにでとも]/, '')));
  }
  return keys.filter((key) => key.length >= 2);
}

function listed(name: string, keys: readonly string[]): boolean {
  const key = recipientKey(name);
  return key.length < 2 || keys.some((other) => other.includes(key) || key.includes(other));
}

/** Units of the section around a recipient table, outside the table itself. */
function bodyUnits(document: PolicyDocument, table: TableInfo): TextUnit[] {
  if (table.section === undefined) return [];
  const section = document.sections[table.section];
  // Only tables overlapping the section can hold one of its units.
  const tableSpans = document.tables.filter((t) => t.span.start < section.span.end && t.span.end > section.span.start).map((t) => t.span);
  return unitsWithin(document, section).filter((unit) => unit.type !== 'heading' && !tableSpans.some((span) => unit.span.start >= span.start && unit.span.start < span.end));
}

export const recipientMismatchRule: PolicyRule = {
  id: 'recipient-mismatch',
  description: { ja: '本文で名前を挙げた提供先が同じ章の提供先の表にない、または表の提供先が本文の列挙にない', en: 'A recipient named in the text is missing from the recipient table beside it, or the reverse' },
  tags: ['legal', 'table'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '提供先の表は、共同利用者の範囲（法第27条第5項第3号）や外国にある第三者（法第28条）など本人に示す事項の一覧として読まれます。本文で名前を挙げた提供先が表にないと、表が不完全なのか、本文が古いのか、読み手には分かりません。',
    en: 'Readers take a recipient table as the list of who receives their data (the scope of joint users under APPI Art. 27(5)(iii), recipients abroad under Art. 28; GDPR Art. 13(1)(e)). A recipient named in the text but missing from the table leaves them unsure whether the table is incomplete or the text out of date.',
  },
  fixable: false,
  check({ document, report }) {
    const own = document.organization ? recipientKey(document.organization.name) : undefined;
    const reported = new Set<string>();
    for (const table of document.tables) {
      const names = recipientNames(table);
      if (names.length === 0) continue;
      const keys = names.map(recipientKey).filter((key) => key.length >= 2);
      const body = bodyUnits(document, table);
      // The reverse (brief R18): when the text lists the recipients by name (two or more of the
      // table's), a company in the table that the text never names is a row the text forgot, or
      // a stale row.
      const inText = namedInText(body);
      const tableNamedInText = keys.filter((key) => inText.some((other) => other.includes(key) || key.includes(other)));
      if (new Set(tableNamedInText).size >= 2) {
        for (const cell of recipientCells(table)) {
          namedRecipient.lastIndex = 0;
          const organisation = namedRecipient.exec(cell.text);
          const key = recipientKey(cell.text);
          if (!organisation || key.length < 2 || inText.some((other) => other.includes(key) || key.includes(other)) || reported.has(key)) continue;
          reported.add(key);
          report({
            span: cell.span,
            messageId: 'not-in-text',
            message: {
              ja: `本文は提供先を名前で挙げていますが、表の「${cell.text}」は本文にありません。本文に加えるか、提供していないなら表から削除してください。`,
              en: `The text names the recipients, but "${cell.text}" in the table is not among them. Add it to the text, or remove the row if it no longer receives data.`,
            },
          });
        }
      }
      for (const unit of body) {
        namedRecipient.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = namedRecipient.exec(unit.text)) !== null) {
          const name = match[0].replace(/^[はがをにでとも]/, '');
          const key = recipientKey(name);
          if (listed(name, keys) || (own && (own.includes(key) || key.includes(own))) || reported.has(key)) continue;
          reported.add(key);
          report({
            span: unitSpan(unit, match.index + (match[0].length - name.length), name.length),
            messageId: 'not-in-table',
            message: {
              ja: `「${name}」は本文で名前が挙がっていますが、この章の提供先の表にありません。提供先なら表に行を追加し、そうでなければ本文を見直してください。`,
              en: `"${name}" is named in the text but is not in this section's recipient table. If it receives data, add a row for it; otherwise revise the text.`,
            },
          });
        }
      }
    }
  },
};
