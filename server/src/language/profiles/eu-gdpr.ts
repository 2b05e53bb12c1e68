import type { Profile } from './types';

const art = (ja: string, en: string) => ({ ja: `GDPR 第${ja}`, en: `GDPR Art. ${en}` });

/** GDPR Art. 13 and 14: what the data subject must be told. */
export const euGdprProfile: Profile = {
  id: 'eu-gdpr',
  title: { ja: 'EU 一般データ保護規則（GDPR）', en: 'EU General Data Protection Regulation (GDPR)' },
  law: { ja: 'GDPR 第13条・第14条', en: 'GDPR Articles 13 and 14' },
  inForceSince: '2018-05-25',
  amendments: [{ date: '2018-05-25', what: { ja: 'GDPR の適用開始', en: 'the GDPR becoming applicable' } }],
  sections: [
    {
      kind: 'purposes',
      basis: art('13条第1項(c)・第14条第1項(c)', '13(1)(c) and 14(1)(c)'),
      heading: { ja: '利用目的', en: 'How we use your information' },
      content: { ja: '処理の目的', en: 'the purposes of the processing' },
    },
    {
      kind: 'contact',
      satisfiedBy: ['organization', 'dpo'],
      basis: art('13条第1項(a)・第14条第1項(a)', '13(1)(a) and 14(1)(a)'),
      heading: { ja: 'お問い合わせ', en: 'Contact us' },
      content: { ja: '管理者の名称と連絡先', en: 'the identity and contact details of the controller' },
    },
  ],
  items: [
    {
      key: 'controller-identity',
      basis: art('13条第1項(a)', '13(1)(a)'),
      label: { ja: '管理者の名称', en: 'the identity of the controller' },
      advice: { ja: 'データ管理者（controller）の正式名称を書いてください。', en: 'Name the controller (the legal entity responsible), e.g. "Example Ltd is the controller of your personal data".' },
    },
    {
      key: 'controller-contact',
      section: 'contact',
      basis: art('13条第1項(a)', '13(1)(a)'),
      label: { ja: '管理者の連絡先', en: "the controller's contact details" },
      advice: { ja: '管理者の住所・メールアドレスなどの連絡先を書いてください。', en: 'Give contact details for the controller: a postal address and an e-mail address or form.' },
    },
    {
      key: 'legal-basis',
      basis: art('13条第1項(c)・第6条第1項', '13(1)(c) and 6(1)'),
      label: { ja: '処理の法的根拠', en: 'the legal basis for processing' },
      advice: { ja: '目的ごとに第6条第1項の法的根拠（同意・契約・法的義務・正当な利益など）を書いてください。', en: 'For each purpose, state its legal basis under Art. 6(1): consent, contract, legal obligation, legitimate interests, etc.' },
    },
    {
      key: 'recipients',
      basis: art('13条第1項(e)', '13(1)(e)'),
      label: { ja: '受領者又は受領者の類型', en: 'the recipients or categories of recipients' },
      advice: { ja: '個人データの受領者（又はその類型）を書いてください。', en: 'Say who receives the personal data (recipients or categories of recipients), or that nobody does.' },
    },
    {
      key: 'transfers',
      when: 'third-country-transfer',
      basis: art('13条第1項(f)・第46条', '13(1)(f) and 46'),
      label: { ja: '第三国移転と保護措置', en: 'third-country transfers and their safeguards' },
      advice: { ja: '十分性認定の有無、又は標準契約条項などの保護措置とその写しの入手方法を書いてください。', en: 'State whether an adequacy decision exists, or which safeguards (e.g. standard contractual clauses) apply and how to obtain a copy.' },
    },
    {
      key: 'retention-period',
      basis: art('13条第2項(a)', '13(2)(a)'),
      label: { ja: '保存期間', en: 'the retention period' },
      advice: { ja: '保存期間、又はそれを決める基準を書いてください。', en: 'State how long the data is kept, or the criteria used to decide.' },
    },
    {
      key: 'data-subject-rights',
      basis: art('13条第2項(b)', '13(2)(b)'),
      label: { ja: 'データ主体の権利', en: "the data subject's rights" },
      advice: { ja: 'アクセス・訂正・消去・処理の制限・異議・データポータビリティの各権利を書いてください。', en: 'List the rights of access, rectification, erasure, restriction, objection and data portability.' },
    },
    {
      key: 'withdraw-consent',
      when: 'consent',
      basis: art('13条第2項(c)', '13(2)(c)'),
      label: { ja: '同意を撤回する権利', en: 'the right to withdraw consent' },
      advice: { ja: '同意はいつでも撤回でき、撤回前の処理の適法性には影響しない旨を書いてください。', en: 'Say that consent can be withdrawn at any time without affecting the lawfulness of processing before the withdrawal.' },
    },
    {
      key: 'complaint-authority',
      basis: art('13条第2項(d)', '13(2)(d)'),
      label: { ja: '監督機関に苦情を申し立てる権利', en: 'the right to lodge a complaint with a supervisory authority' },
      advice: { ja: '監督機関に苦情を申し立てる権利があることを書いてください。', en: 'Say that the data subject may lodge a complaint with a supervisory authority.' },
    },
    {
      key: 'dpo-contact',
      when: 'dpo',
      basis: art('13条第1項(b)', '13(1)(b)'),
      label: { ja: 'データ保護責任者の連絡先', en: "the data protection officer's contact details" },
      advice: { ja: 'データ保護責任者（DPO）の連絡先（メールアドレスなど）を書いてください。', en: "Give the data protection officer's contact details, such as an e-mail address." },
    },
  ],
  clauseSets: [],
};
