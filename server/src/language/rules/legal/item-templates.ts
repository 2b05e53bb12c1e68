// The text the required-item fixes insert. What only the writer knows (a name, an address, an
// amount) is left as ○○ or TBD, which leftover-placeholder reports until it is filled in, so
// these fixes are never applied blindly by fix-all.
import type { ItemKey } from '../../profiles';
import type { LocalizedText } from '../types';

export interface ItemTemplate {
  /** The fix title. */
  readonly title: LocalizedText;
  /** The paragraphs inserted, in the document's language. */
  readonly text: LocalizedText;
}

const fill = (ja: string, en: string): LocalizedText => ({ ja, en });

/** One or more ways to add each item; the first is the usual one. */
export const itemTemplates: Readonly<Record<ItemKey, readonly ItemTemplate[]>> = {
  'organization-name': [{ title: fill('事業者の名称の行を追加する', 'Add a line with the name of the business'), text: fill('事業者名: ○○○○', 'Controller: TBD (full legal name)') }],
  address: [
    { title: fill('住所の行を追加する', 'Add a line with the address'), text: fill('住所: 〒○○○-○○○○ ○○○○', 'Address: TBD') },
    { title: fill('「住所は求めに応じて回答する」旨を追加する', 'Say that the address is given on request'), text: fill('住所は、求めに応じて遅滞なく回答します。', 'Our address is provided without delay on request.') },
  ],
  representative: [
    { title: fill('代表者の氏名の行を追加する', "Add a line with the representative's name"), text: fill('代表者: 代表取締役 ○○ ○○', 'Representative: TBD (name and title)') },
    { title: fill('「代表者の氏名は求めに応じて回答する」旨を追加する', "Say that the representative's name is given on request"), text: fill('代表者の氏名は、求めに応じて遅滞なく回答します。', "The name of our representative is provided without delay on request.") },
  ],
  'request-procedure': [
    {
      title: fill('請求の手続の文を追加する', 'Add a sentence on how to make a request'),
      text: fill('開示等のご請求は、○○（受付窓口）宛に、○○（書面の郵送・メール・フォームなど）によりお申し出ください。ご本人であることを○○（本人確認書類など）により確認します。', 'To make a request, contact TBD (desk) by TBD (e-mail, form or post). We verify your identity by TBD.'),
    },
  ],
  fee: [{ title: fill('手数料の額の文を追加する', 'Add a sentence with the fee'), text: fill('開示等の請求の手数料は、1件につき○○円です。', 'The fee for a request is TBD per request.') }],
  'complaint-contact': [
    {
      title: fill('苦情の申出先を追加する', 'Add where to lodge complaints'),
      text: fill('苦情・お問い合わせ窓口: ○○○○（電話: ○○-○○○○-○○○○、メール: ○○○○）', 'Complaints: TBD (desk, phone and e-mail)'),
    },
  ],
  'security-measures-detail': [
    {
      title: fill('講じた安全管理措置の項目を追加する', 'Add the kinds of security measures taken'),
      text: fill(
        '- 基本方針の策定: ○○\n- 個人データの取扱いに係る規律の整備: ○○\n- 組織的安全管理措置: ○○\n- 人的安全管理措置: ○○\n- 物理的安全管理措置: ○○\n- 技術的安全管理措置: ○○\n- 外的環境の把握: ○○',
        '- Basic policy: TBD\n- Internal rules: TBD\n- Organisational measures: TBD\n- Human measures: TBD\n- Physical measures: TBD\n- Technical measures: TBD\n- Foreign environment: TBD',
      ),
    },
  ],
  'established-date': [{ title: fill('制定日の行を追加する', 'Add the date of adoption'), text: fill('制定日: ○○○○年○○月○○日', 'Adopted: TBD') }],
  'revised-date': [{ title: fill('最終改定日の行を追加する', 'Add the date of the last revision'), text: fill('最終改定日: ○○○○年○○月○○日', 'Last revised: TBD') }],
  'inquiry-contact': [{ title: fill('問い合わせ窓口を追加する', 'Add an inquiry contact'), text: fill('個人情報に関するお問い合わせ窓口: ○○○○（電話: ○○-○○○○-○○○○、メール: ○○○○）', 'Inquiries: TBD (desk, phone and e-mail)') }],
  'commitment-proper-handling': [{ title: fill('適切な取得・利用・提供の宣言を追加する', 'Add the commitment to proper handling'), text: fill('当社は、個人情報を適切に取得・利用・提供し、特定された利用目的の達成に必要な範囲を超えた取扱い（目的外利用）を行いません。', 'We acquire, use and provide personal information properly and do not handle it beyond what the specified purposes require.') }],
  'commitment-compliance': [{ title: fill('法令等の遵守の宣言を追加する', 'Add the commitment to comply with the law'), text: fill('当社は、個人情報の取扱いに関する法令、国が定める指針その他の規範を遵守します。', 'We comply with the laws, government guidelines and other norms on the handling of personal information.') }],
  'commitment-leak-prevention': [{ title: fill('漏えい等の防止と是正の宣言を追加する', 'Add the commitment to prevent and remedy leaks'), text: fill('当社は、個人情報の漏えい、滅失又はき損の防止及び是正に努めます。', 'We take measures to prevent and remedy the leakage, loss or damage of personal information.') }],
  'commitment-complaints': [{ title: fill('苦情・相談への対応の宣言を追加する', 'Add the commitment to handle complaints'), text: fill('当社は、個人情報の取扱いに関する苦情及び相談に適切かつ迅速に対応します。', 'We respond properly and promptly to complaints and inquiries about the handling of personal information.') }],
  'commitment-improvement': [{ title: fill('継続的改善の宣言を追加する', 'Add the commitment to continual improvement'), text: fill('当社は、個人情報保護マネジメントシステムを継続的に改善します。', 'We continually improve our personal information protection management system.') }],
  'controller-identity': [{ title: fill('管理者の名称を追加する', 'Add the identity of the controller'), text: fill('管理者: ○○○○', 'The controller of your personal data is TBD (name and address).') }],
  'controller-contact': [{ title: fill('管理者の連絡先を追加する', "Add the controller's contact details"), text: fill('連絡先: ○○○○', 'You can contact us at TBD (e-mail and postal address).') }],
  'legal-basis': [{ title: fill('法的根拠の文を追加する', 'Add the legal basis'), text: fill('法的根拠: ○○○○', 'Legal basis: we process your data on the basis of TBD (consent, contract, legal obligation or legitimate interests, GDPR Art. 6(1)).') }],
  recipients: [{ title: fill('提供先の文を追加する', 'Add the recipients'), text: fill('提供先: ○○○○', 'Recipients: we share your data with TBD (recipients or categories of recipients).') }],
  transfers: [{ title: fill('移転の保護措置の文を追加する', 'Add the safeguards for transfers'), text: fill('移転の保護措置: ○○○○', 'Transfers outside the EEA rely on TBD (adequacy decision or standard contractual clauses); you can obtain a copy by contacting us.') }],
  'retention-period': [{ title: fill('保存期間の文を追加する', 'Add the retention period'), text: fill('保存期間: ○○○○', 'Retention: we keep your data for TBD, or until TBD (the criteria used).') }],
  'data-subject-rights': [
    {
      title: fill('データ主体の権利の文を追加する', "Add the data subject's rights"),
      text: fill('○○○○', 'You have the right to request access to, rectification or erasure of your personal data, restriction of processing, to object to processing, and the right to data portability.'),
    },
  ],
  'withdraw-consent': [{ title: fill('同意の撤回の文を追加する', 'Add the right to withdraw consent'), text: fill('○○○○', 'Where we rely on your consent, you can withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal.') }],
  'complaint-authority': [{ title: fill('監督機関への苦情申立ての文を追加する', 'Add the right to complain to a supervisory authority'), text: fill('○○○○', 'You have the right to lodge a complaint with a supervisory authority.') }],
  'dpo-contact': [{ title: fill('データ保護責任者の連絡先を追加する', "Add the data protection officer's contact details"), text: fill('データ保護責任者の連絡先: ○○○○', 'You can contact our data protection officer at TBD (e-mail).') }],
};
