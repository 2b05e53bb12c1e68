// Whether the document has a practice (joint use, a foreign recipient, a fee …) and whether the
// content of a section kind is there even without a heading for it: policies often keep the
// contact block at the end with no heading, or the fee sentence inside the disclosure section.
import type { PolicyDocument, SectionKind } from '../../model/types';
import type { Practice } from '../../profiles';
import { StringMemo } from '../../perf/memo';
import { anyUnitMatches, sectionsOfKind, textUnits, unitAt, unitMatcher, unitsInKinds, type TextUnit } from './scan';

export const corporateForm =
  /株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人|学校法人|医療法人|社会福祉法人|宗教法人|国立大学法人|独立行政法人|\b(?:Inc|LLC|Ltd|Limited|Corporation|Corp|GmbH|K\.K)\b/;

/** Fee in the sense of charging for a request, not a payment for the service. */
export const feeCharged = /手数料(?:を|として|は|が|の(?:お支払|額|金額))|(?:開示|請求)(?:等)?(?:は|については|の請求は)有料/;

/** Cues that a foreign country is where data goes (brief §1.9). */
export const foreignWords = /外国にある第三者|外国の第三者|(?:国外|海外|外国)(?:の|に所在する|にある)(?:事業者|第三者|企業|会社|サーバ|委託先|パートナー)|(?:国外|海外|外国)(?:へ|に)(?:の)?(?:提供|移転|委託|保管|保存)/;

const contentPatterns: Partial<Record<SectionKind, { ja: RegExp; en: RegExp }>> = {
  purposes: { ja: /利用目的|利用する目的|の目的で利用|ために利用|収集の理由|利用の理由/, en: /\bpurposes?\b|\busage\b|\bwe use\b|how we use/i },
  // Small organisations say 外部に提供しません, or give the conditions (同意がある場合…提供することがあります) without the word 第三者.
  'third-party': { ja: /第三者(?:に|へ)(?:の)?(?:提供|開示)|第三者提供|外部(?:に|へ)(?:は|も)?(?:の)?(?:提供|開示)|(?:同意|了承)[^。]{0,60}提供(?:すること|する場合|します|いたします|しません|いたしません)/, en: /third[- ]part(?:y|ies)|\bshare\b|\bdisclose\b/i },
  security: { ja: /安全管理|セキュリティ|漏えい|漏洩|不正アクセス|安全対策/, en: /secur|safeguard/i },
  disclosure: { ja: /開示(?:等)?(?:の)?(?:請求|求め)|開示.{0,30}(?:請求|求め|希望|申し出|申出)|(?:訂正|削除|利用停止).{0,20}(?:請求|求め|申し出|申出)/, en: /\baccess\b|rectif|erasure|delete your/i },
  'joint-use': { ja: /共同利用|共同して利用/, en: /joint(?:ly)? use/i },
  'foreign-transfer': { ja: /外国にある第三者|外国における個人情報の保護に関する制度|越境移転|域外(?:へ|に)?(?:の)?移転/, en: /outside (?:the )?(?:EEA|European Economic Area|EU\b|European Union)|third countr|international transfer/i },
  retention: { ja: /保存期間|保管期間|保存(?:し|します|いたします)|保管(?:し|します|いたします)/, en: /\bretain|retention|kept for|\bkeep (?:your |personal )?(?:data|information)/i },
  rights: { ja: /権利/, en: /\bright to\b|your rights/i },
  dpo: { ja: /データ保護責任者/, en: /data protection officer|\bDPO\b/ },
};

/** Contact details a reader can use: phone, e-mail, postal code, or a URL next to 問い合わせ / contact. */
export function hasContactDetails(document: PolicyDocument, within?: readonly TextUnit[]): boolean {
  const units = within ?? textUnits(document);
  // The model misses addresses written as bracketed text ([info@example.com]); read the units too.
  // The look-behind starts a local part only at its first character: from every letter of a long run it was quadratic.
  if (anyUnitMatches(units, /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|(?:TEL|電話)\s*[:：]?\s*[0-9０-９]{2,4}[-－ー‐−][0-9０-９]{2,4}[-－ー‐−][0-9０-９]{3,4}/i)) return true;
  return document.contacts.some((contact) => {
    if (contact.kind === 'fax') return false;
    const unit = unitAt(units, contact.span.start);
    if (!unit) return false;
    if (contact.kind !== 'url') return true;
    return /問い?合わ?せ|窓口|フォーム|連絡|contact|form/i.test(unit.text);
  });
}

/** The section kind's content, under a heading of that kind or anywhere else in the text. */
export function hasContent(document: PolicyDocument, kinds: readonly SectionKind[]): boolean {
  if (sectionsOfKind(document, kinds).length > 0) return true;
  if (kinds.includes('contact') || kinds.includes('complaint')) {
    if (hasContactDetails(document)) return true;
  }
  if (kinds.includes('organization') && document.organization) return true;
  const units = textUnits(document);
  return kinds.some((kind) => {
    const pattern = contentPatterns[kind]?.[document.language];
    return pattern !== undefined && anyUnitMatches(units, pattern);
  });
}

const representativeTitle = /代表取締役|代表執行役|代表理事|代表社員|代表者|理事長|学長|社長|会長|代表(?!的|例|し|す|と|に|を|が|で)/;

function anyUnit(document: PolicyDocument, pattern: RegExp): boolean {
  return anyUnitMatches(textUnits(document), pattern);
}

/** What a group, club or developer calls itself once it has given its name: 当社, 本グループ, 当支部, 開発者 … */
const selfWord = '(?:[当本弊](?:社|法人|協会|団体|組合|グループ|会|支部|連盟|クラブ|学会|財団|機構|事務所|店|サークル|チーム|プロジェクト)|開発者|運営者)';
/** 「Vue.js 日本ユーザーグループ（以下、本グループ）」「pantasystem（以下，「開発者」）」: a name, then the word it is called by. */
const namedBeforeSelfWord = new RegExp(`[^\\s、。，,「」『』（）()]{2}[（(]\\s*(?:以下[、，,：:\\s]*)?[「『]?${selfWord}[」』]?`);
/** 「当支部（「全国居合道高知県連盟 常磐支部」をいいます。）」: the word, then the name it stands for. */
const selfWordNaming = new RegExp(`${selfWord}[（(][「『][^」』]{2,60}[」』]を(?:いう|いいます)`);

/** The business is named somewhere: the model's organisation, a name with a legal form or a public body, or a name defined as 当社 / 本グループ. */
export function hasOrganizationName(document: PolicyDocument): boolean {
  if (document.organization) return true;
  const named = new RegExp(`(?:${corporateForm.source})|[一-龯ァ-ヶ]{1,12}(?:省|庁|大学|協会|学会)(?![一-龯])`);
  return anyUnit(document, named) || anyUnit(document, namedBeforeSelfWord) || anyUnit(document, selfWordNaming);
}

export function isCorporation(document: PolicyDocument): boolean {
  if (document.organization && corporateForm.test(document.organization.name)) return true;
  return anyUnit(document, /当社|弊社|当法人|本会|当協会|当団体|当組合/);
}

const jointUseDeclaration = /共同(?:して)?利用(?:する|します|いたします|させ|を行|しており|しています|いたしており|すること|される)/;

/** Units about joint use that are the policy's own statement, not a restatement of the statute's exceptions. */
export function jointUseUnits(document: PolicyDocument): TextUnit[] {
  // A declaration (共同利用します / 共同利用する場合があります), not a noun in a list of exceptions (…、共同利用および法令に定める場合を除き).
  return textUnits(document).filter((unit) => jointUseDeclaration.test(unit.text) && !isStatutoryRestatement(unit));
}

/** A list item quoting Art. 27(5)(iii) as a condition (「…置いているとき」) rather than declaring joint use. */
export function isStatutoryRestatement(unit: TextUnit): boolean {
  return unit.inList && /特定の者との間で共同して利用される|場合であって|置いているとき|置いている場合|場合を除/.test(unit.text) && !/次の|以下の|下記/.test(unit.text);
}

export function practicePresent(document: PolicyDocument, practice: Practice): boolean {
  switch (practice) {
    case 'joint-use':
      return sectionsOfKind(document, ['joint-use']).length > 0 || jointUseUnits(document).length > 0;
    case 'foreign-transfer':
      return sectionsOfKind(document, ['foreign-transfer']).some((s) => !s.kinds.includes('outsourcing')) || anyUnit(document, foreignWords);
    case 'fee-charged':
      return anyUnit(document, feeCharged);
    case 'corporation':
      return isCorporation(document);
    case 'dpo':
      return anyUnit(document, /data protection officer|\bDPO\b|データ保護責任者/i);
    case 'consent':
      return anyUnit(document, /\bconsent\b/i);
    case 'third-country-transfer':
      return anyUnit(document, /outside (?:of )?(?:the )?(?:EEA|European Economic Area|EU\b|European Union|UK\b)|third countr|international (?:data )?transfers?|transfer.{0,60}(?:United States|\bUS\b|U\.S\.)/i);
  }
}

/** Where the name of the operator stands alone (usually the contact block at the end). */
export function operatorUnit(document: PolicyDocument): TextUnit | undefined {
  const name = document.organization?.name;
  const units = textUnits(document);
  if (name) {
    const standalone = units.filter((unit) => unit.type === 'paragraph' && unit.text.includes(name) && unit.text.length <= name.length + 40);
    if (standalone.length > 0) return standalone[standalone.length - 1];
    const span = document.organization?.span;
    if (span) return units.find((unit) => span.start >= unit.span.start && span.start < unit.span.end);
  }
  return undefined;
}

const representativeName = /[\s　:：]*(?!の|は|が|を|に|と|等|より|から|及び|および|又は|または)[一-龯々〆ヵヶァ-ヴーA-Za-z][一-龯々〆ヵヶぁ-んァ-ヴーA-Za-z.\s　]{1,20}/;
const titledRepresentative = new RegExp(`(?:${representativeTitle.source})(?:社長|会長|CEO|兼\\S{1,10}?)?(?:名|の氏名|氏名)?${representativeName.source}`);
const representativeOnRequest = /代表者.{0,60}(?:求めに応じ|遅滞なく|会社概要|会社情報|企業情報|ウェブサイト|ホームページ)|(?:求めに応じ|遅滞なく|会社概要|会社情報).{0,60}代表者/;
// The patterns are costly and most unit texts are the same from one version to the next; every
// match holds one of these words, which a plain search finds quickly.
const namesRepresentative = new StringMemo<boolean>();
const representativeWord = /代表|理事長|学長|社長|会長|Representative Director|CEO/;

export function hasRepresentative(document: PolicyDocument): boolean {
  const value = document.frontMatter?.data?.representative;
  if (typeof value === 'string' && value.trim()) return true;
  return textUnits(document).some((unit) =>
    namesRepresentative.get(unit.text, (text) => representativeWord.test(text) && (titledRepresentative.test(text) || representativeOnRequest.test(text) || /Representative Director|\bCEO\b/.test(text))),
  );
}

export function hasAddress(document: PolicyDocument): boolean {
  const value = document.frontMatter?.data?.address;
  if (typeof value === 'string' && value.trim()) return true;
  if (document.contacts.some((contact) => contact.kind === 'postal-code')) return true;
  return anyUnit(
    document,
    // 住所：141-0022 東京都… (postal code without 〒, ward left out) is still an address.
    /(?:東京都|北海道|(?:京都|大阪)府|[一-龯]{2,3}県)[一-龯ぁ-んァ-ヶ]{1,12}(?:市|区|町|村|郡)|(?:住所|所在地)\s*[:：]\s*〒?\s*(?:[0-9０-９]{3}[-－ー‐−][0-9０-９]{4}\s*)?(?:東京都|北海道|(?:京都|大阪)府|[一-龯]{2,3}県)|(?:住所|所在地).{0,60}(?:求めに応じ|遅滞なく|会社概要|会社情報|企業情報)|(?:求めに応じ|会社概要|会社情報).{0,60}(?:住所|所在地)/,
  );
}

export function unitsAbout(document: PolicyDocument, kinds: readonly SectionKind[], pattern: RegExp): TextUnit[] {
  const inSections = unitsInKinds(document, kinds);
  const inside = new Set(inSections);
  const matches = unitMatcher(pattern);
  const elsewhere = textUnits(document).filter((unit) => !inside.has(unit) && matches(unit));
  return [...inSections, ...elsewhere];
}

/**
 * Requirements apply to privacy policies only: a cookie policy or terms of service declared in the
 * front matter, or a note that never mentions personal information, is not held to APPI Art. 32.
 */
export function isPrivacyPolicy(document: PolicyDocument): boolean {
  const declared = document.frontMatter?.data?.policy;
  if (declared !== undefined) return declared === 'privacy';
  // A public body's notice under its ordinance is outside the private-sector duties of Chapter 4.
  if (anyUnit(document, /個人情報保護条例/)) return false;
  return anyUnit(document, /個人情報|個人データ|プライバシー|パーソナルデータ|privacy|personal (?:data|information)/i);
}
