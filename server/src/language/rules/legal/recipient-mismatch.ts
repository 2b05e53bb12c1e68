import type { PolicyDocument, TableInfo } from '../../model/types';
import type { PolicyRule } from '../types';
import { recipientKey } from './duplicate-recipient';
import { unitSpan, unitsWithin, type TextUnit } from './scan';

/** Company names (株式会社X, X株式会社, X Inc.) and services that receive data in most policies that name them. */
const namedRecipient =
  /(?:株式会社|有限会社|合同会社)[^\s、。，,（）()「」にへをがはのとで]{1,20}|[^\s、。，,（）()「」ぁ-ん]{1,20}(?:株式会社|有限会社|合同会社)|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:Inc\.?|LLC|Ltd\.?|Limited|Corporation|GmbH)|Google Analytics|Google(?:アナリティクス| アナリティクス)|Google AdSense|Stripe|PayPal|Amazon Web Services|Firebase|Salesforce|Zendesk|HubSpot|Sentry|Mixpanel|Amplitude|Intercom/g;

function recipientNames(table: TableInfo): string[] {
  const column = table.roles.indexOf('recipient');
  if (column < 0) return [];
  return table.rows.flatMap((row) => (row.cells[column] ? [row.cells[column].text] : []));
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
  description: { ja: '本文で名前を挙げた提供先が、同じ章の提供先の表にない', en: 'A recipient named in the text is missing from the recipient table beside it' },
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
      for (const unit of bodyUnits(document, table)) {
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
