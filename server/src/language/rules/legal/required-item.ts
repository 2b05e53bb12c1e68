import { userItemPatterns, type UserRequiredItem } from '../../config';
import type { PolicyDocument } from '../../model/types';
import { getProfile, type ItemKey, type ItemRequirement } from '../../profiles';
import type { Span } from '../../text/positions';
import type { Finding, Fix, PolicyRule } from '../types';
import { endOfSection, lastSectionOfKind, paragraphsAfter, paragraphsAtEnd } from './insertions';
import { itemTemplates } from './item-templates';
import { hasAddress, hasContactDetails, hasContent, hasOrganizationName, hasRepresentative, isPrivacyPolicy, operatorUnit, practicePresent, unitsAbout } from './presence';
import { anyUnitMatches, documentAnchor, headingLine, sectionsOfKind, textUnits, unitsInKinds } from './scan';

type Detector = (document: PolicyDocument) => boolean;

function anyText(pattern: RegExp): Detector {
  return (document) => anyUnitMatches(textUnits(document), pattern);
}

const requestProcedure =
  /所定の|申請書|請求書|申込書|書面|郵送|送付|メール|e-?mail|フォーム|窓口|連絡先|ご連絡|連絡(?:ください|下さい)|お問い?合わ?せ|申し出|申出|手続|本人確認書類|以下の方法|下記の方法|までご/i;

/** A sentence that names the place requests are sent to, e.g. 「上記請求・お問い合わせ先は下記のとおり」. */
// Not a bare 請求先, which is also a billing address.
const requestAddressee = /(?:開示等の|上記の?|各種の?)請求(?:・お問い?合わ?せ|及びお問い?合わ?せ|およびお問い?合わ?せ)?(?:の)?(?:受付)?(?:先|窓口)|請求(?:・|及び|および)お問い?合わ?せ(?:の)?(?:先|窓口)/;

/** Words that name a concrete measure (brief §1.10 ④: the guideline's own headings and their usual content). */
const concreteMeasure =
  /組織的|人的|物理的|技術的|外的環境|基本方針|規程|規定|教育|研修|アクセス(?:制御|権限|管理)|権限|暗号|SSL|TLS|監査|施錠|入退室|持ち出し|ウイルス|不正アクセス|ファイアウォール|セキュリティシステム|責任者|従業者|従業員|社員|パスワード|認証|ログ|バックアップ|点検/;

/** Order Art. 10(i) counts answering on request as knowable (brief §1.10): 「安全管理措置については…お問い合わせください」. */
const measuresOnRequest = /(?:安全管理措置|講じる措置|講じた措置).{0,40}(?:お問い?合わ?せ|求めに応じ|ご請求|回答|ご照会)/;

const detectors: Record<ItemKey, Detector> = {
  'organization-name': hasOrganizationName,
  address: hasAddress,
  representative: hasRepresentative,
  'request-procedure': (document) =>
    unitsAbout(document, ['disclosure', 'fees'], /開示|訂正|利用停止|第三者提供の停止/).some((unit) => requestProcedure.test(unit.text)) ||
    // 「上記請求・お問い合わせ先は下記の通り」: the contact block names where requests go.
    (hasContactDetails(document) && anyText(requestAddressee)(document)),
  fee: () => true,
  'complaint-contact': (document) => hasContactDetails(document) || unitsInKinds(document, ['contact', 'complaint']).some((unit) => /フォーム|form|https?:\/\//i.test(unit.text)),
  'security-measures-detail': (document) => unitsAbout(document, ['security'], /安全管理|セキュリティ(?:の)?(?:確保|対策)/).some((unit) => concreteMeasure.test(unit.text) || measuresOnRequest.test(unit.text)),
  'established-date': (document) => document.frontMatter?.data?.established !== undefined || document.dates.some((date) => date.label === 'established'),
  'revised-date': (document) => document.frontMatter?.data?.revised !== undefined || document.dates.some((date) => date.label === 'revised' || date.label === 'updated'),
  'inquiry-contact': (document) => hasContactDetails(document) && anyText(/問い?合わ?せ|相談|窓口/)(document),
  'commitment-proper-handling': anyText(/目的外(?:の)?利用|利用目的の(?:範囲|達成)|(?:適切|適正)(?:な|に)(?:取得|利用|提供|取り?扱)/),
  'commitment-compliance': anyText(/(?:法令|規範|指針).{0,40}(?:遵守|順守)/),
  'commitment-leak-prevention': anyText(/(?:漏えい|漏洩|滅失|き損|毀損).{0,40}(?:防止|是正|予防)/),
  'commitment-complaints': anyText(/苦情.{0,30}(?:対応|応じ|受け付け|受付)/),
  'commitment-improvement': anyText(/継続的(?:に|な)?(?:改善|見直)|マネジメントシステム/),
  'controller-identity': (document) => hasOrganizationName(document) || anyText(/\bcontroller\b/i)(document),
  'controller-contact': (document) => hasContactDetails(document),
  'legal-basis': anyText(/legal bas[ie]s|lawful bas[ie]s|legitimate interests?|Art(?:icle|\.)\s*6|performance of (?:a |the |our )?contract/i),
  recipients: anyText(/recipients?|\bshare\b|\bdisclose|third[- ]part|service providers?|processors?/i),
  transfers: anyText(/adequacy|standard contractual clauses|\bSCCs?\b|safeguards|binding corporate rules|Data Privacy Framework/i),
  'retention-period': anyText(/\bretain|retention|kept for|\bkeep (?:your |personal |the )?(?:data|information)|stor(?:e|ed) .{0,40}(?:for|until)|delete .{0,60}(?:after|when|within)/i),
  'data-subject-rights': (document) => missingRights(document).length === 0,
  'withdraw-consent': anyText(/withdraw(?:al of)? (?:your |their )?consent|revoke (?:your )?consent|withdraw it/i),
  'complaint-authority': anyText(/supervisory authority|data protection authorit|lodge a complaint|complain to/i),
  'dpo-contact': (document) =>
    textUnits(document).some((unit, i, all) => /data protection officer|\bDPO\b|データ保護責任者/i.test(unit.text) && hasContactDetails(document, all.slice(i, i + 3))),
};

const rights: readonly { name: string; pattern: RegExp }[] = [
  { name: 'access', pattern: /\baccess\b/i },
  { name: 'rectification', pattern: /rectif|correct/i },
  { name: 'erasure', pattern: /erasure|\bdelet|\berase/i },
  // Plain-language policies say "limit the processing" and "receive your data in a machine-readable format".
  { name: 'restriction', pattern: /restrict|limit (?:the |our )?(?:processing|use) of (?:your )?(?:personal )?(?:data|information)/i },
  { name: 'objection', pattern: /\bobject\b|objection/i },
  { name: 'portability', pattern: /portab|machine[- ]readable format|(?:receive|obtain) (?:a copy of )?your (?:personal )?(?:data|information) in a structured/i },
];

function missingRights(document: PolicyDocument): string[] {
  const units = textUnits(document);
  return rights.filter((right) => !units.some((unit) => right.pattern.test(unit.text))).map((right) => right.name);
}

/** The place a writer would add the item: its section, the operator's name block, or the title. */
function anchorFor(document: PolicyDocument, requirement: ItemRequirement): Span {
  if (requirement.section) {
    const section = sectionsOfKind(document, [requirement.section])[0];
    if (section) return headingLine(document, section);
  }
  if (requirement.key === 'address' || requirement.key === 'representative' || requirement.key === 'organization-name') {
    const unit = operatorUnit(document);
    if (unit) return { start: unit.span.start, end: document.lines.lineEnd(document.lines.lineAt(unit.span.start)) };
    const contact = sectionsOfKind(document, ['organization', 'contact'])[0];
    if (contact) return headingLine(document, contact);
  }
  return documentAnchor(document);
}

/** Where the item's line goes: after the operator's name, at the end of its section, or at the end. */
function insertionPoint(document: PolicyDocument, requirement: ItemRequirement): number | undefined {
  if (requirement.key === 'address' || requirement.key === 'representative' || requirement.key === 'organization-name') {
    const unit = operatorUnit(document);
    if (unit) return document.lines.lineEnd(document.lines.lineAt(Math.max(unit.span.start, unit.span.end - 1)));
  }
  // The commitments of a JIS Q 15001 policy open it; the other items belong with the contact details.
  const section = requirement.section
    ? lastSectionOfKind(document, [requirement.section])
    : requirement.key.startsWith('commitment-')
      ? (lastSectionOfKind(document, ['introduction']) ?? document.sections[0])
      : lastSectionOfKind(document, ['contact', 'complaint', 'organization']);
  return section ? endOfSection(document, section) : undefined;
}

function itemFixes(document: PolicyDocument, requirement: ItemRequirement): Fix[] {
  const at = insertionPoint(document, requirement);
  return (itemTemplates[requirement.key] ?? []).map((template) => ({
    title: template.title,
    edits: [at === undefined ? paragraphsAtEnd(document, [template.text[document.language]]) : paragraphsAfter(at, [template.text[document.language]])],
    // The writer supplies names, addresses and amounts (the text has ○○ to fill in).
    safe: false,
  }));
}

/** A `.policymd.json` item is there when a keyword or pattern occurs, in its section kind if the document has one. */
function userItemPresent(document: PolicyDocument, item: UserRequiredItem): boolean {
  const inSection = item.section ? unitsInKinds(document, [item.section]) : [];
  const units = inSection.length > 0 ? inSection : textUnits(document);
  const keywords = (item.keywords ?? []).map((keyword) => keyword.normalize('NFKC').toLowerCase());
  const patterns = userItemPatterns(item);
  return units.some((unit) => {
    const text = unit.text.normalize('NFKC').toLowerCase();
    return keywords.some((keyword) => text.includes(keyword)) || patterns.some((pattern) => pattern.test(unit.text));
  });
}

function checkUserItems(document: PolicyDocument, items: readonly UserRequiredItem[], report: (finding: Finding) => void): void {
  for (const item of items) {
    if (item.profiles ? !item.profiles.includes(document.profile) : document.profile === 'none') continue;
    if (userItemPresent(document, item)) continue;
    const section = item.section ? lastSectionOfKind(document, [item.section]) : undefined;
    const fixes: Fix[] = item.insert
      ? [
          {
            title: { ja: '設定の記載例を追加する', en: 'Add the configured text' },
            edits: [section ? paragraphsAfter(endOfSection(document, section), [item.insert]) : paragraphsAtEnd(document, [item.insert])],
            safe: false,
          },
        ]
      : [];
    report({ span: section ? headingLine(document, section) : documentAnchor(document), messageId: item.id, severity: item.severity, message: item.message, fixes });
  }
}

export const requiredItemRule: PolicyRule = {
  id: 'required-item',
  description: { ja: 'プロファイルが求める記載事項（代表者の氏名・住所・請求手続など）がない', en: "An item the profile requires (representative's name, address, request procedure …) is missing" },
  tags: ['legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '法第32条第1項は、事業者の氏名又は名称・住所・法人の代表者の氏名（第1号、2022年4月1日から）、開示等の請求に応じる手続と手数料の額（第3号）、施行令第10条は講じた安全管理措置と苦情の申出先を求めます。JIS Q 15001 は制定・最終改正年月日、問合せ先、トップマネジメントの氏名と方針の宣言を、GDPR 第13条・第14条は管理者、法的根拠、保存期間、権利、監督機関への苦情申立て等を求めます。',
    en: "APPI Art. 32(1) requires the business's name, address and (for a corporation, since 2022-04-01) representative's name, the request procedure and any fee; Cabinet Order Art. 10 the security measures taken and a complaints contact. JIS Q 15001 adds the dates, an inquiry contact, top management's name and the commitments; GDPR Art. 13/14 the controller, legal basis, retention, rights and the right to complain.",
  },
  legalBasis: 'APPI Art. 32(1), 37, 38; Cabinet Order Art. 10; JIS Q 15001 A.3.2; GDPR Art. 13, 14',
  fixable: true,
  check({ document, report, config }) {
    if (!isPrivacyPolicy(document)) return;
    checkUserItems(document, config?.requiredItems ?? [], report);
    const profile = getProfile(document.profile);
    for (const requirement of profile.items) {
      if (requirement.checkedBy) continue;
      if (requirement.when && !practicePresent(document, requirement.when)) continue;
      // Without the section itself, required-section already says what is missing.
      if (requirement.section && !hasContent(document, [requirement.section])) continue;
      if (detectors[requirement.key](document)) continue;
      const extra = requirement.key === 'data-subject-rights' ? ` (${missingRights(document).join(', ')})` : '';
      report({
        span: anchorFor(document, requirement),
        messageId: requirement.key,
        severity: requirement.severity,
        fixes: itemFixes(document, requirement),
        message: {
          ja: `${requirement.label.ja}${extra}が書かれていません（${requirement.basis.ja}）。${requirement.advice.ja}`,
          en: `The policy does not state ${requirement.label.en}${extra} (${requirement.basis.en}). ${requirement.advice.en}`,
        },
      });
    }
  },
};
