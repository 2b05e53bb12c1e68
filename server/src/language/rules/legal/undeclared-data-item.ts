import type { PolicyDocument, Section } from '../../model/types';
import type { Fix, PolicyRule } from '../types';
import { insertListItems } from './insertions';
import { normalizeName, sectionsOfKind, unitsInKinds } from './scan';

/** The item appended to the list of collected data, when that section keeps one. */
function declareItem(document: PolicyDocument, sections: readonly Section[], text: string): Fix[] {
  const list = document.lists.find((candidate) => candidate.depth === 0 && sections.some((section) => candidate.span.start >= section.span.start && candidate.span.start < section.span.end));
  if (!list) return [];
  const edits = insertListItems(document, list.items, [{ before: list.items.length, text }]);
  // Saying the business collects something is a statement of fact only the writer can make.
  return edits.length > 0 ? [{ title: { ja: `「${text}」を取得する個人情報に追加する`, en: `Add "${text}" to the collected data` }, edits, safe: false }] : [];
}

/** 「ドメイン名の登録者の氏名」 is declared if 氏名 is: the head noun after the last の. */
function headNoun(item: string): string {
  const parts = item.split(/の/);
  const last = parts[parts.length - 1];
  return last.length >= 2 ? last : item;
}

export const undeclaredDataItemRule: PolicyRule = {
  id: 'undeclared-data-item',
  description: { ja: '提供先の表にある項目が「取得する個人情報」の章にない', en: 'A data item in a recipient table is not among the collected data' },
  tags: ['legal', 'table'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '提供する個人データの項目（法第27条第5項第3号、第28条第2項）は、取得する個人情報として示したものの中にあるはずです。取得する情報の章にない項目を提供していると、取得時の利用目的の通知・公表（法第21条）から漏れているか、表の誤記です。',
    en: 'The data items a policy says it provides (APPI Art. 27(5)(iii), 28(2); GDPR Art. 14(1)(d)) should be among the data it says it collects. An item that is only in the recipient table was either left out of the collection notice (APPI Art. 21) or is a mistake in the table.',
  },
  fixable: true,
  check({ document, report }) {
    const sections = sectionsOfKind(document, ['collected-data']);
    if (sections.length === 0) return;
    const declared = normalizeName(unitsInKinds(document, ['collected-data']).map((unit) => unit.text).join('\n'));
    if (declared.length < 4) return;
    const reported = new Set<string>();
    for (const table of document.tables) {
      const column = table.roles.indexOf('data');
      const section = table.section === undefined ? undefined : document.sections[table.section];
      // Only tables that declare themselves recipient tables: a header naming the columns, or a place in a provision section.
      const provision = section?.kinds.some((kind) => ['third-party', 'joint-use', 'outsourcing', 'foreign-transfer', 'opt-out'].includes(kind)) ?? false;
      if (column < 0 || !table.roles.includes('recipient') || !(table.rolesFrom === 'header' || provision)) continue;
      for (const row of table.rows) {
        for (const item of row.cells[column]?.items ?? []) {
          const key = normalizeName(item.text).replace(/[()（）「」]/g, '');
          if (key.length < 2 || key.length > 20 || /その他|等$|など$|情報$/.test(key) || reported.has(key)) continue;
          if (declared.includes(key) || declared.includes(headNoun(key))) continue;
          // English categories are phrased freely ("Account and usage data"): every content word must be declared.
          const words = item.text.toLowerCase().match(/[a-z][a-z-]{2,}/g)?.filter((word) => !/^(?:and|the|data|details|information|other|your|of|for)$/.test(word)) ?? [];
          if (document.language === 'en' && words.length > 0 && words.every((word) => declared.includes(word))) continue;
          reported.add(key);
          report({
            span: item.span,
            messageId: 'undeclared',
            fixes: declareItem(document, sections, item.text),
            message: {
              ja: `提供する項目「${item.text}」は「${sections[0].title}」の章に挙がっていません。取得する個人情報に追加するか、表の記載を見直してください。`,
              en: `The data item "${item.text}" is provided to a recipient but is not listed under "${sections[0].title}". Add it to the collected data, or correct the table.`,
            },
          });
        }
      }
    }
  },
};
