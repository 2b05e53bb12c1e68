// The skeletons the required-section fix inserts under the new heading. Where the law gives the
// text (the Art. 27(1) exceptions) the skeleton cites it with a clause directive; what only the
// writer knows is left as ○○ or TBD for leftover-placeholder to report until it is filled in.
import type { SectionKind } from '../../model/types';
import type { LocalizedText } from '../types';

/** Kinds in the order policies usually present them: a new section goes where this order puts it. */
export const sectionOrder: readonly SectionKind[] = [
  'introduction',
  'organization',
  'collected-data',
  'data-source',
  'purposes',
  'purpose-change',
  'purpose-limitation',
  'legal-basis',
  'sensitive-data',
  'third-party',
  'opt-out',
  'outsourcing',
  'joint-use',
  'succession',
  'foreign-transfer',
  'cookies',
  'retention',
  'security',
  'disclosure',
  'rights',
  'fees',
  'automated-decisions',
  'children',
  'dpo',
  'contact',
  'complaint',
  'certified-organization',
  'changes',
  'dates',
];

export const sectionSkeletons: Readonly<Partial<Record<SectionKind, LocalizedText>>> = {
  purposes: {
    ja: '当社は、取得した個人情報を次の目的で利用します。\n\n1. ○○○○のため\n2. ○○○○のため',
    en: 'We use your personal data for the following purposes:\n\n1. TBD\n2. TBD',
  },
  'third-party': {
    ja: '当社は、次の場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。\n\n::clause{ref="appi-27-1"}',
    en: 'We do not share your personal data with third parties except TBD.',
  },
  security: {
    ja: '当社は、保有個人データの安全管理のために次の措置を講じています。\n\n- 基本方針の策定: ○○\n- 個人データの取扱いに係る規律の整備: ○○\n- 組織的安全管理措置: ○○\n- 人的安全管理措置: ○○\n- 物理的安全管理措置: ○○\n- 技術的安全管理措置: ○○\n- 外的環境の把握: ○○',
    en: 'We protect your personal data with the following measures: TBD.',
  },
  disclosure: {
    ja: '保有個人データの利用目的の通知、開示、訂正・追加・削除、利用停止・消去、第三者提供の停止、第三者提供記録の開示のご請求は、○○（受付窓口）宛に、○○（書面の郵送・メール・フォームなど）によりお申し出ください。ご本人であることを○○（本人確認書類など）により確認します。',
    en: 'To ask for access to, correction or deletion of your personal data, contact TBD (desk) by TBD (e-mail, form or post).',
  },
  contact: {
    ja: '個人情報の取扱いに関する苦情・お問い合わせは、次の窓口までご連絡ください。\n\n○○○○（窓口名）\n住所: 〒○○○-○○○○ ○○○○\n電話: ○○-○○○○-○○○○\nメール: ○○○○',
    en: 'The controller is TBD (full legal name and address). Contact us at TBD (e-mail).',
  },
  'joint-use': {
    ja: '当社は、次のとおり個人データを共同して利用します。\n\n- 共同して利用される個人データの項目: ○○\n- 共同して利用する者の範囲: ○○\n- 利用する者の利用目的: ○○\n- 管理について責任を有する者の氏名又は名称・住所・代表者の氏名: ○○',
    en: 'We use personal data jointly as follows: TBD (items, joint users, purposes and the person responsible).',
  },
  'foreign-transfer': {
    ja: '当社は、次のとおり外国にある第三者に個人データを提供します。\n\n- 当該外国の名称: ○○\n- 当該外国における個人情報の保護に関する制度: ○○\n- 当該第三者が講ずる個人情報の保護のための措置: ○○',
    en: 'We transfer personal data to TBD (country) relying on TBD (safeguards).',
  },
};

/** A skeleton for any kind: one sentence to fill in. */
export function skeletonFor(kind: SectionKind, content: LocalizedText): LocalizedText {
  return sectionSkeletons[kind] ?? { ja: `○○（${content.ja}）`, en: `TBD (${content.en}).` };
}
