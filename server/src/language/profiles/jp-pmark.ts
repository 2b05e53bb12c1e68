import { jpAppiProfile } from './jp-appi';
import type { ItemRequirement, Profile } from './types';

const jis = { ja: 'JIS Q 15001 A.3.2.2', en: 'JIS Q 15001 A.3.2.2' };
const jisCommitment = { ja: 'JIS Q 15001 A.3.2.1', en: 'JIS Q 15001 A.3.2.1' };

/** What JIS Q 15001 (Privacy Mark) adds to the statutory items: dates, top management, commitments. */
const pmarkItems: readonly ItemRequirement[] = [
  {
    key: 'established-date',
    basis: jis,
    label: { ja: '制定年月日', en: 'the date the policy was established' },
    advice: { ja: '「制定日: 2020年4月1日」のように制定年月日を書いてください（フロントマターの established でも構いません）。', en: 'State when the policy was established, e.g. "Established: 2020-04-01" (or set `established` in the front matter).' },
  },
  {
    key: 'revised-date',
    basis: jis,
    // A policy that has never been revised has no last-revision date to give yet.
    severity: 'info',
    label: { ja: '最終改正年月日', en: 'the date of the last revision' },
    advice: { ja: '「最終改定日: 2024年4月1日」のように最終改正年月日を書いてください（フロントマターの revised でも構いません）。', en: 'State the date of the last revision, e.g. "Last revised: 2024-04-01" (or set `revised` in the front matter).' },
  },
  {
    key: 'inquiry-contact',
    basis: jis,
    label: { ja: '個人情報保護方針についての問合せ先', en: 'where to ask about the policy' },
    advice: { ja: '本方針についての問合せ先（窓口名と電話番号・メールアドレスなど）を書いてください。', en: 'Give a contact for questions about this policy (desk name with phone or e-mail).' },
  },
  {
    key: 'commitment-proper-handling',
    basis: jisCommitment,
    label: { ja: '適切な個人情報の取得・利用・提供（目的外利用をしないこと）に関する宣言', en: 'the commitment to proper acquisition, use and provision (no use beyond the purposes)' },
    advice: { ja: '事業の内容と規模を考慮した適切な取得・利用・提供を行い、目的外利用をしないための措置を講じる旨を書いてください。', en: 'Commit to acquiring, using and providing personal information appropriately for the business, and to measures against use beyond the purposes.' },
  },
  {
    key: 'commitment-compliance',
    basis: jisCommitment,
    label: { ja: '法令・国が定める指針その他の規範の遵守に関する宣言', en: 'the commitment to comply with laws, national guidelines and other norms' },
    advice: { ja: '個人情報の取扱いに関する法令、国が定める指針その他の規範を遵守する旨を書いてください。', en: 'Commit to complying with the laws, national guidelines and other norms on personal information.' },
  },
  {
    key: 'commitment-leak-prevention',
    basis: jisCommitment,
    label: { ja: '漏えい・滅失・き損の防止と是正に関する宣言', en: 'the commitment to prevent and remedy leaks, loss and damage' },
    advice: { ja: '個人情報の漏えい、滅失又はき損の防止及び是正に取り組む旨を書いてください。', en: 'Commit to preventing and remedying the leakage, loss or damage of personal information.' },
  },
  {
    key: 'commitment-complaints',
    basis: jisCommitment,
    label: { ja: '苦情及び相談への対応に関する宣言', en: 'the commitment to handle complaints and consultations' },
    advice: { ja: '苦情及び相談に適切かつ迅速に対応する旨を書いてください。', en: 'Commit to responding to complaints and consultations.' },
  },
  {
    key: 'commitment-improvement',
    basis: jisCommitment,
    label: { ja: '個人情報保護マネジメントシステムの継続的改善に関する宣言', en: 'the commitment to continually improve the personal information management system' },
    advice: { ja: '個人情報保護マネジメントシステムを継続的に改善する旨を書いてください。', en: 'Commit to continual improvement of the personal information protection management system.' },
  },
];

/** jp-appi plus the JIS Q 15001 items (representative, dates, inquiry contact, commitments). */
export const jpPmarkProfile: Profile = {
  ...jpAppiProfile,
  id: 'jp-pmark',
  title: { ja: '個人情報保護法＋JIS Q 15001（プライバシーマーク）', en: 'Japan APPI + JIS Q 15001 (Privacy Mark)' },
  law: { ja: '個人情報の保護に関する法律・同施行令、JIS Q 15001', en: 'APPI, its Cabinet Order and JIS Q 15001' },
  // JIS asks for the top management's name whatever the legal form, so the corporation condition goes.
  items: [
    ...jpAppiProfile.items.map((item): ItemRequirement => (item.key === 'representative' ? { ...item, when: undefined, basis: { ja: '法第32条第1項第1号・JIS Q 15001 A.3.2.1 f)', en: 'APPI Art. 32(1)(i) and JIS Q 15001 A.3.2.1 f)' } } : item)),
    ...pmarkItems,
  ],
};
