import type { Profile } from './types';

/**
 * APPI as in force since 2022-04-01 (current article numbers), with Cabinet Order Art. 10.
 * Sections marked 'info' are common practice rather than statutory duty.
 */
export const jpAppiProfile: Profile = {
  id: 'jp-appi',
  title: { ja: '個人情報保護法（2022年4月1日施行）', en: 'Japan APPI (as in force since 2022-04-01)' },
  law: { ja: '個人情報の保護に関する法律・同施行令', en: 'Act on the Protection of Personal Information and its Cabinet Order' },
  inForceSince: '2022-04-01',
  amendments: [
    {
      date: '2017-05-30',
      what: { ja: '平成27年改正法の施行（条番号の変更、要配慮個人情報、オプトアウトの届出、外国にある第三者への提供の制限）', en: 'the 2015 amendment in force (renumbered articles, sensitive data, opt-out filing, transfers abroad)' },
    },
    {
      date: '2022-04-01',
      what: { ja: '令和2年改正法の施行（条番号の変更、住所・代表者の氏名、安全管理措置の公表、外国にある第三者への提供時の情報提供、共同利用の管理責任者の住所・代表者）', en: 'the 2020 amendment in force (renumbered articles, address and representative, security measures, information on transfers abroad, joint-use responsible party details)' },
    },
  ],
  sections: [
    {
      kind: 'purposes',
      basis: { ja: '法第21条第1項・第32条第1項第2号', en: 'APPI Art. 21(1) and 32(1)(ii)' },
      heading: { ja: '利用目的', en: 'Purposes of use' },
      content: { ja: 'すべての保有個人データの利用目的（できる限り具体的なもの）', en: 'the purposes of use of all retained personal data, as specifically as possible' },
    },
    {
      kind: 'third-party',
      satisfiedBy: ['opt-out'],
      basis: { ja: '法第27条第1項', en: 'APPI Art. 27(1)' },
      heading: { ja: '第三者提供', en: 'Provision to third parties' },
      content: { ja: '本人の同意なく第三者に提供しないこととその例外', en: 'that personal data is not provided to third parties without consent, and the exceptions' },
      severity: 'info',
    },
    {
      kind: 'security',
      basis: { ja: '法第32条第1項第4号・施行令第10条第1号', en: 'APPI Art. 32(1)(iv) and Cabinet Order Art. 10(i)' },
      heading: { ja: '安全管理措置', en: 'Security control measures' },
      content: { ja: '保有個人データの安全管理のために講じた措置（組織的・人的・物理的・技術的安全管理措置、外的環境の把握など）', en: 'the measures taken to keep retained personal data secure (organisational, human, physical and technical measures, and the foreign environment)' },
    },
    {
      kind: 'disclosure',
      satisfiedBy: ['rights', 'fees'],
      basis: { ja: '法第32条第1項第3号', en: 'APPI Art. 32(1)(iii)' },
      heading: { ja: '開示等の請求', en: 'Requests for disclosure, correction and suspension' },
      content: { ja: '利用目的の通知・開示・訂正等・利用停止等・第三者提供の停止の請求に応じる手続（手数料を定めた場合はその額）', en: 'the procedure for requests for notice of purposes, disclosure, correction, suspension of use and stopping provision (and the fee, if one is set)' },
    },
    {
      kind: 'contact',
      satisfiedBy: ['complaint'],
      basis: { ja: '法第32条第1項第4号・施行令第10条第2号', en: 'APPI Art. 32(1)(iv) and Cabinet Order Art. 10(ii)' },
      heading: { ja: 'お問い合わせ・苦情の申出先', en: 'Inquiries and complaints' },
      content: { ja: '保有個人データの取扱いに関する苦情の申出先（窓口名・住所・電話番号・メールアドレスなど）', en: 'where to lodge complaints about the handling of retained personal data (desk, address, phone, e-mail)' },
    },
    {
      kind: 'joint-use',
      when: 'joint-use',
      basis: { ja: '法第27条第5項第3号', en: 'APPI Art. 27(5)(iii)' },
      heading: { ja: '共同利用', en: 'Joint use' },
      content: { ja: '共同利用をする旨、共同して利用される個人データの項目、共同して利用する者の範囲、利用する者の利用目的、管理について責任を有する者の氏名又は名称・住所・代表者の氏名', en: 'the fact of joint use, the data items, the scope of joint users, their purposes, and the name, address and representative of the person responsible' },
    },
    {
      kind: 'foreign-transfer',
      when: 'foreign-transfer',
      basis: { ja: '法第28条第2項・施行規則第17条', en: 'APPI Art. 28(2) and PPC Rules Art. 17' },
      heading: { ja: '外国にある第三者への提供', en: 'Provision to third parties in foreign countries' },
      content: { ja: '当該外国の名称、当該外国の個人情報の保護に関する制度、当該第三者が講ずる個人情報の保護のための措置', en: 'the country, its personal-information protection system, and the measures the recipient takes' },
    },
  ],
  items: [
    {
      key: 'organization-name',
      basis: { ja: '法第32条第1項第1号', en: 'APPI Art. 32(1)(i)' },
      label: { ja: '事業者の氏名又は名称', en: 'the name of the business' },
      advice: { ja: '事業者の正式な名称を書いてください（フロントマターの organization でも構いません）。', en: 'State the full legal name of the business (or set `organization` in the front matter).' },
    },
    {
      key: 'address',
      basis: { ja: '法第32条第1項第1号', en: 'APPI Art. 32(1)(i)' },
      label: { ja: '事業者の住所', en: 'the address of the business' },
      advice: { ja: '事業者の住所を書くか、「求めに応じて遅滞なく回答します」と明記してください。', en: 'Give the address of the business, or say that it is provided without delay on request.' },
    },
    {
      key: 'representative',
      when: 'corporation',
      basis: { ja: '法第32条第1項第1号（2022年4月1日施行）', en: 'APPI Art. 32(1)(i) (since 2022-04-01)' },
      label: { ja: '代表者の氏名', en: "the representative's name" },
      advice: { ja: '法人の代表者の氏名（例:「代表取締役 山田太郎」）を書くか、「求めに応じて遅滞なく回答します」と明記してください。', en: 'Give the name of the representative of the corporation (e.g. "Representative Director Taro Yamada"), or say that it is provided without delay on request.' },
    },
    {
      key: 'request-procedure',
      section: 'disclosure',
      basis: { ja: '法第32条第1項第3号・第37条', en: 'APPI Art. 32(1)(iii) and 37' },
      label: { ja: '開示等の請求の手続', en: 'the procedure for making requests' },
      advice: { ja: '請求の受付先・方法（書面・メール・フォームなど）と本人確認の方法を書いてください。', en: 'Say where and how requests are made (form, e-mail, post) and how the requester is identified.' },
    },
    {
      key: 'fee',
      when: 'fee-charged',
      section: 'disclosure',
      checkedBy: 'fee-amount',
      basis: { ja: '法第32条第1項第3号・第38条第2項', en: 'APPI Art. 32(1)(iii) and 38(2)' },
      label: { ja: '手数料の額', en: 'the fee amount' },
      advice: { ja: '手数料を徴収する場合はその額を書いてください。', en: 'If a fee is charged, state the amount.' },
    },
    {
      key: 'complaint-contact',
      section: 'contact',
      basis: { ja: '施行令第10条第2号', en: 'Cabinet Order Art. 10(ii)' },
      label: { ja: '苦情の申出先', en: 'where to lodge complaints' },
      advice: { ja: '苦情・問い合わせの窓口名と連絡先（住所・電話番号・メールアドレス・フォームのURLなど）を書いてください。', en: 'Name the complaints desk and how to reach it (address, phone, e-mail or form URL).' },
    },
    {
      key: 'security-measures-detail',
      section: 'security',
      basis: { ja: '施行令第10条第1号（ガイドライン通則編3-8-1）', en: 'Cabinet Order Art. 10(i) (PPC guidelines 3-8-1)' },
      label: { ja: '講じた安全管理措置の内容', en: 'what the security measures are' },
      advice: {
        ja: '「ガイドラインに沿って措置を講じています」だけでは足りません。基本方針の策定、規律の整備、組織的・人的・物理的・技術的安全管理措置、外的環境の把握について、講じた措置を具体的に書いてください。',
        en: 'Saying that measures follow the guidelines is not enough. Describe the measures taken: basic policy, internal rules, organisational, human, physical and technical measures, and the foreign environment.',
      },
    },
  ],
  clauseSets: ['appi-18-3', 'appi-20-2', 'appi-21-4', 'appi-27-1', 'appi-33-2'],
};
