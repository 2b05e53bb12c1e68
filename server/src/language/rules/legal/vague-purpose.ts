import type { ListItemInfo } from '../../model/types';
import type { PolicyRule } from '../types';
import { sectionsOfKind } from './scan';

const prefix = /^(?:[・･\-*●■◆]\s*)?(?:[（(]?[0-9０-９①-⑳]+[)）.．、]\s*)?(?:当社|弊社|当法人|お客様|利用者|ユーザー|会員|皆様)?(?:の|に対する|への)?/;
const suffix = /(?:。|のため|ため|に(?:用いる|利用する|使用する|活用する)|を(?:図る|行う)|すること|こと|等|など)+$/;

/** Purposes the PPC names as too abstract to count as specified (guidelines 3-1-1). */
const vagueJa = new Set(['事業', '事業活動', '営業活動', '業務', '業務の遂行', 'マーケティング', 'マーケティング活動', 'サービスの向上', 'サービス向上', 'サービスの改善', 'サービス改善', 'サービスの品質向上', 'サービス品質の向上', '利便性の向上']);
const vagueEn = /^(?:for |to )?(?:our )?(?:(?:business|marketing|commercial) (?:purposes|activities)|improv(?:e|ing) (?:our |the )?services?|marketing)\.?$/i;

function core(text: string): string {
  let value = text.trim().replace(prefix, '');
  for (let i = 0; i < 4; i++) value = value.replace(suffix, '').trim();
  return value;
}

export const vaguePurposeRule: PolicyRule = {
  id: 'vague-purpose',
  description: { ja: '抽象的で特定されていない利用目的（「事業活動のため」「サービスの向上」など）', en: 'A purpose too abstract to count as specified ("for business activities", "to improve services")' },
  tags: ['legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '法第17条第1項は利用目的をできる限り具体的に特定することを求めます。ガイドライン通則編3-1-1は「事業活動に用いるため」「マーケティング活動に用いるため」「お客様のサービスの向上」のような抽象的・一般的な目的は特定したことにならないとしています。何のために、どの情報をどう使うかが本人に分かるように書いてください。',
    en: 'APPI Art. 17(1) requires purposes to be specified as far as possible. PPC guidelines 3-1-1 say abstract purposes such as "for business activities", "for marketing activities" or "to improve services" are not specified. Say what the information is used for, so that the individual can foresee it. (GDPR Art. 5(1)(b) likewise requires specified purposes.)',
  },
  legalBasis: 'APPI Art. 17(1); PPC guidelines 3-1-1; GDPR Art. 5(1)(b)',
  fixable: false,
  check({ document, report }) {
    const sections = sectionsOfKind(document, ['purposes']);
    const inPurposes = (item: ListItemInfo) => sections.some((section) => item.span.start >= section.span.start && item.span.start < section.span.end);
    for (const list of document.lists) {
      for (const item of list.items) {
        if (!inPurposes(item) && !(list.intro && /利用目的|目的で|ために利用|purposes?/i.test(list.intro.text))) continue;
        const text = core(item.text);
        const vague = document.language === 'ja' ? vagueJa.has(text) : vagueEn.test(item.text.trim());
        if (!vague || item.childLists.length > 0) continue;
        report({
          span: item.textSpan,
          messageId: 'abstract-purpose',
          message: {
            ja: `利用目的「${item.text.trim()}」は抽象的で、できる限り具体的に特定したことになりません（法第17条第1項、ガイドライン通則編3-1-1）。どの情報を何のためにどう使うのか（例:「購入履歴を分析して、おすすめ商品をメールでお知らせするため」）を書いてください。`,
            en: `The purpose "${item.text.trim()}" is too abstract to count as specified (APPI Art. 17(1), PPC guidelines 3-1-1; GDPR Art. 5(1)(b)). Say which information is used for what, e.g. "to analyse purchase history and e-mail product recommendations".`,
          },
        });
      }
    }
  },
};
