import type { ListItemInfo, PolicyDocument } from '../../model/types';
import type { PolicyRule } from '../types';
import { sectionsOfKind, textUnits, unitsInKinds, unitSpan, type TextUnit } from './scan';

const prefix = /^(?:[・･\-*●■◆]\s*)?(?:[（(]?[0-9０-９①-⑳]+[)）.．、]\s*)?(?:当社|弊社|当法人|お客様|利用者|ユーザー|会員|皆様)?(?:の|に対する|への)?/;
const suffix = /(?:。|のため|ため|に(?:用いる|利用する|使用する|活用する)|を(?:図る|行う)|すること|こと|等|など)+$/;

/** Purposes the PPC names as too abstract to count as specified (guidelines 3-1-1). */
const vagueJa = new Set(['事業', '事業活動', '営業活動', '業務', '業務の遂行', 'マーケティング', 'マーケティング活動', 'サービスの向上', 'サービス向上', 'サービスの改善', 'サービス改善', 'サービスの品質向上', 'サービス品質の向上', '利便性の向上']);
const vagueEn = /^(?:for |to )?(?:our )?(?:(?:business|marketing|commercial) (?:purposes|activities)|improv(?:e|ing) (?:our |the )?services?|marketing)\.?$/i;

/** Advertising or recommendations tailored to the person: what only analysis of their behaviour makes possible. */
const tailoredJa =
  /(?:(?:趣味|嗜好|興味|関心|属性|好み)[・、やおよび及び]*(?:嗜好|関心|好み)?(?:等|など)?に(?:応じ|合わせ|基づ|あわせ|もとづ)|ターゲティング|パーソナライズ|レコメンド|おすすめ|お勧め|オススメ|最適化(?:した|された)(?:広告|情報)|行動(?:履歴)?に(?:基づ|もとづ|応じ))/;
const adJa = /広告|宣伝|おすすめ|お勧め|オススメ|レコメンド|ご案内|配信|表示|提案/;
const tailoredEn = /personali[sz]ed (?:ads|advertis|recommendation|content|offers)|targeted (?:ads|advertis)|interest-based (?:ads|advertis)|tailored (?:ads|advertis|offers|recommendation)|behavio(?:u)?ral advertis/i;
/** The purpose says the behaviour data is analysed (the guideline's model: 「閲覧履歴や購買履歴等の情報を分析して」). */
const analysisJa = /(?:履歴|閲覧|購買|購入|行動|位置情報|利用状況|属性|アクセス|クッキー|Cookie)[^。]{0,40}(?:分析|解析|プロファイリング)|(?:分析|解析|プロファイリング)[^。]{0,30}(?:履歴|行動|嗜好|趣味|興味|関心|属性)/i;
const analysisEn = /analy[sz](?:e|es|ing|is)|profil(?:e|es|ing)\b|based on (?:your |the )?(?:activity|browsing|usage|purchase|interests|behaviou?r)/i;

/**
 * Units stating the purposes: the purposes section, or lists introduced as purposes. Profiling is
 * judged there, since a cookie section that says "we analyse" is not a stated purpose.
 */
function purposeUnits(document: PolicyDocument): readonly TextUnit[] {
  const inSection = unitsInKinds(document, ['purposes']);
  if (inSection.length > 0) return inSection;
  const introduced = document.lists.filter((list) => list.intro && /利用目的|目的で|ために利用|purposes?/i.test(list.intro.text));
  return textUnits(document).filter((unit) => introduced.some((list) => unit.span.start >= list.span.start && unit.span.start < list.span.end));
}

function core(text: string): string {
  let value = text.trim().replace(prefix, '');
  for (let i = 0; i < 4; i++) value = value.replace(suffix, '').trim();
  return value;
}

export const vaguePurposeRule: PolicyRule = {
  id: 'vague-purpose',
  description: {
    ja: '抽象的で特定されていない利用目的（「事業活動のため」「サービスの向上」など）、行動履歴の分析を書いていない興味・関心に応じた広告',
    en: 'A purpose too abstract to count as specified ("for business activities", "to improve services"), or ads by interest without saying behaviour data is analysed',
  },
  tags: ['legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '法第17条第1項は利用目的をできる限り具体的に特定することを求めます。ガイドライン通則編3-1-1は「事業活動に用いるため」「マーケティング活動に用いるため」「お客様のサービスの向上」のような抽象的・一般的な目的は特定したことにならないとしています。何のために、どの情報をどう使うかが本人に分かるように書いてください。閲覧履歴や購買履歴を分析して興味・関心に応じた広告などに使う（プロファイリング）なら、分析することも利用目的に書く必要があります（同3-1-1の例:「取得した閲覧履歴や購買履歴等の情報を分析して、趣味・嗜好に応じた新商品・サービスに関する広告のために利用いたします。」）。',
    en: 'APPI Art. 17(1) requires purposes to be specified as far as possible. PPC guidelines 3-1-1 say abstract purposes such as "for business activities", "for marketing activities" or "to improve services" are not specified. Say what the information is used for, so that the individual can foresee it; where browsing or purchase history is analysed to target ads (profiling), the purpose must say so (as in the example of 3-1-1). (GDPR Art. 5(1)(b) likewise requires specified purposes.)',
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
    // R15's second half: ads or recommendations by interest without saying the behaviour data is analysed.
    const units = purposeUnits(document);
    const english = document.language === 'en';
    const tailored = units.find((unit) => (english ? tailoredEn.test(unit.text) : tailoredJa.test(unit.text) && adJa.test(unit.text)));
    if (!tailored || units.some((unit) => (english ? analysisEn : analysisJa).test(unit.text))) return;
    const match = (english ? tailoredEn : tailoredJa).exec(tailored.text);
    report({
      span: match ? unitSpan(tailored, match.index, match[0].length) : tailored.span,
      messageId: 'profiling-not-stated',
      message: {
        ja: '興味・関心に応じた広告やおすすめに利用するとしていますが、閲覧履歴・購買履歴などを分析すること（プロファイリング）が利用目的に書かれていません（法第17条第1項、ガイドライン通則編3-1-1）。例:「取得した閲覧履歴や購買履歴等の情報を分析して、趣味・嗜好に応じた新商品・サービスに関する広告のために利用します。」',
        en: 'The purposes mention advertising or recommendations tailored to the person but do not say that their behaviour data (browsing or purchase history) is analysed to do so (APPI Art. 17(1), PPC guidelines 3-1-1; GDPR Art. 13(2)(f) for profiling). Say which data is analysed and for what, e.g. "we analyse your browsing and purchase history to show ads for products matching your interests".',
      },
    });
  },
};
