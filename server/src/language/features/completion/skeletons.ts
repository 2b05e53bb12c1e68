// Standard section skeletons in snippet syntax, shared by heading completion and the contributed
// snippets (scripts/snippets.mjs writes them out). Statutory lists come from the clause library,
// so their wording can only ever be the statute's, worded for the policy.
import { getClauseSet } from '../../clauses/library';
import { renderForPolicy, type PolicyVocabulary, type RenderOptions } from '../../clauses/render';
import type { DocumentLanguage, SectionKind } from '../../model/types';

export interface SkeletonOptions {
  readonly vocabulary: PolicyVocabulary;
  readonly render?: RenderOptions;
}

export interface Skeleton {
  readonly kind: SectionKind;
  readonly heading: string;
  /** Snippet syntax: ${1:placeholder} tab stops, numbered from 1 within the body. */
  readonly body: string;
}

/** Escapes text for snippet syntax, where $, } and \ are special. */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** A numbered list of a clause set's items in policy wording; academic-only items are left out. */
function clauseList(setId: string, options: SkeletonOptions, academic = false): string {
  const set = getClauseSet(setId);
  if (!set) return '';
  return set.items
    .filter((item) => academic || !item.academic)
    .map((item, index) => `${index + 1}. ${snippetText(renderForPolicy(item, options.vocabulary, options.render))}`)
    .join('\n');
}

type Builder = (options: SkeletonOptions) => { heading: string; body: string };

const japanese: Partial<Record<SectionKind, Builder>> = {
  organization: () => ({
    heading: '事業者の名称・住所・代表者',
    body: '名称: ${1:株式会社サンプル}\n\n住所: ${2:東京都千代田区丸の内一丁目1番1号}\n\n代表者: ${3:代表取締役 山田太郎}',
  }),
  'collected-data': ({ vocabulary }) => ({
    heading: '取得する個人情報',
    body: `${vocabulary.self}は、次の個人情報を取得します。\n\n- \${1:氏名}\n- \${2:メールアドレス}\n- \${3:電話番号}`,
  }),
  purposes: ({ vocabulary }) => ({
    heading: '利用目的',
    body: `${vocabulary.self}は、取得した個人情報を次の目的で利用します。\n\n1. \${1:サービスの提供のため}\n2. \${2:お問い合わせへの回答のため}\n3. \${3:お客様の利用履歴を分析し、サービスの機能を改善するため}`,
  }),
  'third-party': (options) => ({
    heading: '第三者提供',
    body: `${options.vocabulary.self}は、次に掲げる場合を除き、あらかじめ${options.vocabulary.person}の同意を得ないで、個人データを第三者に提供しません。\n\n${clauseList('appi-27-1', options)}`,
  }),
  outsourcing: ({ vocabulary }) => ({
    heading: '個人データの取扱いの委託',
    body: `${vocabulary.self}は、利用目的の達成に必要な範囲内で、個人データの取扱いの全部又は一部を\${1:委託先の類型}に委託することがあります。委託先に対しては、必要かつ適切な監督を行います。`,
  }),
  'joint-use': ({ vocabulary }) => ({
    heading: '共同利用',
    body: [
      `${vocabulary.self}は、次のとおり個人データを共同して利用します。`,
      '',
      '- 共同して利用される個人データの項目: ${1:氏名、メールアドレス}',
      '- 共同して利用する者の範囲: ${2:当社の子会社}',
      '- 利用する者の利用目的: ${3:サービスの提供のため}',
      '- 当該個人データの管理について責任を有する者: ${4:株式会社サンプル（住所・代表者の氏名）}',
    ].join('\n'),
  }),
  'foreign-transfer': ({ vocabulary }) => ({
    heading: '外国にある第三者への提供',
    body: [
      `${vocabulary.self}は、個人データを外国にある第三者に提供することがあります。`,
      '',
      '- 当該外国の名称: ${1:アメリカ合衆国}',
      '- 当該外国における個人情報の保護に関する制度: ${2:制度の概要}',
      '- 当該第三者が講ずる個人情報の保護のための措置: ${3:措置の概要}',
    ].join('\n'),
  }),
  security: ({ vocabulary }) => ({
    heading: '安全管理措置',
    body: [
      `${vocabulary.self}は、個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、次の措置を講じています。`,
      '',
      '- 基本方針の策定: ${1:本方針を定めています。}',
      '- 個人データの取扱いに係る規律の整備: ${2:取扱規程を定めています。}',
      '- 組織的安全管理措置: ${3:責任者を定めています。}',
      '- 人的安全管理措置: ${4:従業者に定期的な研修を行っています。}',
      '- 物理的安全管理措置: ${5:入退室を管理しています。}',
      '- 技術的安全管理措置: ${6:アクセス制御を行っています。}',
      '- 外的環境の把握: ${7:外国で個人データを取り扱う場合は、その国の制度を把握します。}',
    ].join('\n'),
  }),
  disclosure: ({ vocabulary }) => ({
    heading: '開示等の請求',
    body: `${vocabulary.person}は、${vocabulary.self}に対し、保有個人データの利用目的の通知、開示、訂正、追加若しくは削除、利用の停止若しくは消去又は第三者への提供の停止を請求することができます。請求は\${1:お問い合わせ窓口}で受け付け、本人確認のうえ、遅滞なく対応します。手数料は\${2:無料}です。`,
  }),
  contact: () => ({
    heading: 'お問い合わせ窓口',
    body: '個人情報の取扱いに関するお問い合わせ・苦情は、次の窓口までご連絡ください。\n\n- 窓口: ${1:個人情報お問い合わせ窓口}\n- 住所: ${2:東京都千代田区丸の内一丁目1番1号}\n- 電話: ${3:03-0000-0000}\n- メール: ${4:privacy@company.example}',
  }),
  retention: ({ vocabulary }) => ({
    heading: '保存期間',
    body: `${vocabulary.self}は、個人情報を利用目的の達成に必要な期間（\${1:最長5年間}）保存し、その後は遅滞なく消去します。`,
  }),
  cookies: ({ vocabulary }) => ({
    heading: 'Cookieの利用',
    body: `${vocabulary.self}のウェブサイトは、\${1:アクセス解析}のためにCookieを使用します。ブラウザの設定によりCookieを無効にすることができます。`,
  }),
  changes: ({ vocabulary }) => ({
    heading: '本方針の変更',
    body: `${vocabulary.self}は、法令の改正等に応じて本方針を変更することがあります。変更後の方針は、\${1:本ウェブサイト}に掲載した時から効力を生じます。`,
  }),
};

const english: Partial<Record<SectionKind, Builder>> = {
  organization: () => ({
    heading: 'Who we are',
    body: '${1:Example Ltd}, ${2:1 Example Street, Dublin, Ireland}, is the controller of your personal data.',
  }),
  'collected-data': () => ({
    heading: 'Information we collect',
    body: 'We collect the following personal data:\n\n- ${1:your name}\n- ${2:your e-mail address}\n- ${3:your order history}',
  }),
  purposes: () => ({
    heading: 'How we use your information',
    body: 'We use your personal data to:\n\n1. ${1:provide the service you asked for}\n2. ${2:answer your questions}\n3. ${3:analyse which features of the service are used, in order to improve them}',
  }),
  'legal-basis': () => ({
    heading: 'Legal basis for processing',
    body: 'We process your personal data on the basis of ${1|your consent (Art. 6(1)(a)),the performance of a contract (Art. 6(1)(b)),a legal obligation (Art. 6(1)(c)),our legitimate interests (Art. 6(1)(f))|}.',
  }),
  'third-party': () => ({
    heading: 'Recipients of your data',
    body: 'We share your personal data with ${1:our hosting provider and payment processor}, and with nobody else unless the law requires it.',
  }),
  'foreign-transfer': () => ({
    heading: 'International transfers',
    body: 'We transfer personal data to ${1:the United States}. The transfer is covered by ${2:standard contractual clauses (Art. 46)}; you can obtain a copy by writing to ${3:privacy@company.example}.',
  }),
  retention: () => ({
    heading: 'How long we keep your data',
    body: 'We keep your personal data for ${1:five years after your last order}, and then delete it.',
  }),
  rights: () => ({
    heading: 'Your rights',
    body: 'You have the right to request access to, rectification or erasure of your personal data, restriction of processing, to object to processing and to data portability. Where processing is based on consent, you may withdraw it at any time without affecting the lawfulness of processing before the withdrawal.',
  }),
  complaint: () => ({
    heading: 'Complaints to a supervisory authority',
    body: 'You have the right to lodge a complaint with a supervisory authority, in particular ${1:the Data Protection Commission}.',
  }),
  security: () => ({
    heading: 'Security',
    body: 'We protect your personal data with ${1:encryption, access controls and regular staff training}.',
  }),
  contact: () => ({
    heading: 'Contact us',
    body: 'Questions about this policy: ${1:privacy@company.example}, ${2:1 Example Street, Dublin, Ireland}.',
  }),
  cookies: () => ({
    heading: 'Cookies',
    body: 'Our website uses cookies for ${1:analytics}. You can turn cookies off in your browser settings.',
  }),
  changes: () => ({
    heading: 'Changes to this policy',
    body: 'We may update this policy. The current version is always published at ${1:https://company.example/privacy}.',
  }),
};

export function skeletonKinds(language: DocumentLanguage): SectionKind[] {
  return Object.keys(language === 'ja' ? japanese : english) as SectionKind[];
}

export function sectionSkeleton(kind: SectionKind, language: DocumentLanguage, options: SkeletonOptions): Skeleton | undefined {
  const builder = (language === 'ja' ? japanese : english)[kind];
  return builder ? { kind, ...builder(options) } : undefined;
}

/** The sections of a complete policy, in the order a reader expects them. */
export const fullPolicyOrder: Readonly<Record<DocumentLanguage, readonly SectionKind[]>> = {
  ja: ['organization', 'collected-data', 'purposes', 'third-party', 'outsourcing', 'security', 'disclosure', 'retention', 'cookies', 'changes', 'contact'],
  en: ['organization', 'collected-data', 'purposes', 'legal-basis', 'third-party', 'foreign-transfer', 'retention', 'security', 'rights', 'complaint', 'cookies', 'changes', 'contact'],
};

/** Renumbers a body's tab stops from `first`, so that several skeletons can share one snippet. */
export function shiftTabStops(body: string, offset: number): string {
  return body.replace(/\$\{(\d+)([:|])/g, (_, n: string, sep: string) => `\${${Number(n) + offset}${sep}`).replace(/\$(\d+)(?!\d)/g, (_, n: string) => (n === '0' ? '$0' : `$${Number(n) + offset}`));
}

export function maxTabStop(body: string): number {
  let max = 0;
  for (const match of body.matchAll(/\$\{?(\d+)/g)) max = Math.max(max, Number(match[1]));
  return max;
}
