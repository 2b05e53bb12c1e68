import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { Fix, PolicyRule } from '../types';
import { paragraphsAfter } from './insertions';
import { foreignWords } from './presence';
import { headingLine, sectionsOfKind, textUnits, unitsWithin, withinSection, type TextUnit } from './scan';

export const countryNames =
  /アメリカ|米国|合衆国|シンガポール|欧州|EU|EEA|英国|イギリス|中国|中華人民共和国|韓国|大韓民国|台湾|香港|ベトナム|インド|カナダ|オーストラリア|ドイツ|フランス|アイルランド|オランダ|フィリピン|タイ|マレーシア|インドネシア|スイス|スウェーデン|ブラジル|イスラエル|ニュージーランド|United States|\bUSA?\b|\bU\.S\./;

const checks: readonly { key: string; label: { ja: string; en: string }; present: RegExp }[] = [
  { key: 'country', label: { ja: '当該外国の名称', en: 'the name of the country' }, present: countryNames },
  { key: 'system', label: { ja: '当該外国における個人情報の保護に関する制度', en: "the country's personal-information protection system" }, present: /制度|法制|法令|個人情報保護委員会.{0,20}(?:認め|定め)|十分性|adequacy/ },
  { key: 'measures', label: { ja: '当該第三者が講ずる個人情報の保護のための措置', en: 'the measures the recipient takes to protect personal information' }, present: /措置|体制|契約|相当措置|safeguard/ },
];

interface Block {
  readonly anchor: Span;
  readonly units: readonly TextUnit[];
}

function blocks(document: PolicyDocument): Block[] {
  const units = textUnits(document);
  const sections = sectionsOfKind(document, ['foreign-transfer']);
  // A section about users abroad (海外ユーザー) is not about sending data to someone abroad.
  const found: Block[] = sections.filter((section) => unitsWithin(document, section).some((unit) => /第三者|委託|提供|移転/.test(unit.text))).map((section) => ({ anchor: headingLine(document, section), units: unitsWithin(document, section) }));
  const covered = (unit: TextUnit) => sections.some((section) => withinSection(unit, section));
  units.forEach((unit, index) => {
    if (covered(unit) || !foreignWords.test(unit.text)) return;
    // A promise not to send data abroad needs no information about a recipient.
    if (/(?:提供|移転|委託)(?:すること|いたすこと)?は(?:あり|いたし|し)ません|(?:提供|移転|委託)(?:いたし|し)ません|行いません/.test(unit.text)) return;
    const lineEnd = document.lines.lineEnd(document.lines.lineAt(unit.span.start));
    found.push({ anchor: { start: unit.span.start, end: Math.min(lineEnd, unit.span.end) }, units: units.slice(index, index + 4).filter((u) => u.section === unit.section) });
  });
  return found;
}

/** The missing information as a list after the sentence (or at the end of the section), with ○○ to fill in. */
function addInformation(document: PolicyDocument, block: Block, missing: readonly (typeof checks)[number][]): Fix | undefined {
  // A sentence found in the text: right after it; a section: after its last text.
  const unit = block.units.find((candidate) => candidate.span.start === block.anchor.start && candidate.type !== 'heading') ?? block.units[block.units.length - 1];
  if (!unit) return undefined;
  const end = document.lines.lineEnd(document.lines.lineAt(Math.max(unit.span.start, unit.span.end - 1)));
  const lines = missing.map((check) => (document.language === 'ja' ? `- ${check.label.ja}: ○○` : `- ${check.label.en[0].toUpperCase()}${check.label.en.slice(1)}: TBD`));
  return { title: { ja: '外国にある第三者の情報を追加する', en: 'Add the information on the recipient abroad' }, edits: [paragraphsAfter(end, [lines.join('\n')])], safe: false };
}

export const foreignRecipientInfoRule: PolicyRule = {
  id: 'foreign-recipient-info',
  description: { ja: '外国にある第三者への提供について国名・制度・措置の情報がない', en: 'Provision to a recipient abroad without the country, its system and the measures taken' },
  tags: ['legal'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '外国にある第三者への提供について本人の同意を得るときは、あらかじめ、当該外国の名称、当該外国における個人情報の保護に関する制度、当該第三者が講ずる個人情報の保護のための措置を本人に提供しなければなりません（法第28条第2項、施行規則第17条第2項）。基準に適合する体制を整備した相手に提供する場合も、求めに応じて必要な措置の情報を提供します（同条第3項）。',
    en: "Before obtaining consent to provide personal data to a third party in a foreign country, the business must tell the individual the country's name, its personal-information protection system and the measures the recipient takes (APPI Art. 28(2), PPC Rules Art. 17(2)); for a recipient with an equivalent-measures system, information on the measures is due on request (Art. 28(3)).",
  },
  legalBasis: 'APPI Art. 28(2), 28(3); PPC Rules Art. 17',
  fixable: true,
  check({ document, report }) {
    for (const block of blocks(document)) {
      const text = block.units.map((unit) => unit.text).join('\n');
      const missing = checks.filter((check) => !check.present.test(text));
      if (missing.length === 0) continue;
      const fix = addInformation(document, block, missing);
      report({
        span: block.anchor,
        fixes: fix ? [fix] : [],
        messageId: `missing-${missing.map((check) => check.key).join('-')}`,
        message: {
          ja: `外国にある第三者への提供（移転・委託・保管）について、${missing.map((check) => check.label.ja).join('、')}が書かれていません（法第28条第2項、施行規則第17条第2項）。提供先の国名、その国の個人情報保護制度の概要、提供先が講ずる保護措置を書いてください。`,
          en: `Personal data goes to a recipient abroad, but ${missing.map((check) => check.label.en).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not given (APPI Art. 28(2), PPC Rules Art. 17(2)). Name the country, outline its personal-information protection system and describe the recipient's measures.`,
        },
      });
    }
  },
};
