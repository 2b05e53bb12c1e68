import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { Fix, PolicyRule } from '../types';
import { paragraphsAfter } from './insertions';
import { isStatutoryRestatement, jointUseUnits } from './presence';
import { headingLine, sectionsOfKind, textUnits, unitsWithin, type TextUnit } from './scan';

interface JointUseItem {
  readonly key: string;
  readonly label: { ja: string; en: string };
  readonly present: (text: string, units: readonly TextUnit[]) => boolean;
}

const noJointUse = /共同(?:して)?利用(?:は|を)(?:行い|いたし|し)ません|共同(?:して)?利用(?:する|を行う|いたす)ことはありません/g;
const jointUseDeclaration = /共同(?:して)?利用(?:する|します|いたします|させ|を行|しており|しています)/;

const dataWords = /氏名|住所|電話番号|メールアドレス|生年月日|性別|購入履歴|利用履歴|会員(?:ID|番号)|属性/g;

/** The five items of Art. 27(5)(iii), as PPC guidelines 3-6-3 ①–⑤ list them; ① is the mention itself. */
const items: readonly JointUseItem[] = [
  {
    key: 'data-items',
    label: { ja: '共同して利用される個人データの項目', en: 'the data items used jointly' },
    present: (text) => /項目|共同(?:して)?利用する(?:個人)?(?:情報|データ)(?:は|の(?:内容|種類))/.test(text) || (text.match(dataWords)?.length ?? 0) >= 2,
  },
  {
    key: 'scope',
    label: { ja: '共同して利用する者の範囲', en: 'the scope of joint users' },
    present: (text) => /範囲|共同利用者|共同して利用する者|グループ(?:会社|企業|各社)|子会社|関連会社|親会社|提携先|パートナー|代理店|加盟店/.test(text),
  },
  {
    key: 'purposes',
    label: { ja: '利用する者の利用目的', en: "the joint users' purposes" },
    present: (text) => /目的/.test(text),
  },
  {
    key: 'responsible-party',
    label: { ja: '管理について責任を有する者の氏名又は名称', en: 'the name of the party responsible for the data' },
    present: (text) => /責任を有する者|管理責任者|責任者/.test(text),
  },
  {
    key: 'responsible-address',
    label: { ja: '責任を有する者の住所', en: "the responsible party's address" },
    present: (text) => /住所|所在地|〒|(?:東京都|北海道|(?:京都|大阪)府|[一-龯]{2,3}県)[一-龯ぁ-んァ-ヶ]{1,12}(?:市|区|町|村|郡)/.test(text) && /責任/.test(text),
  },
  {
    key: 'responsible-representative',
    label: { ja: '責任を有する者の代表者の氏名', en: "the responsible party's representative" },
    present: (text) => /代表(?:取締役|者|理事|執行役)/.test(text) && /責任/.test(text),
  },
];

interface Block {
  readonly anchor: Span;
  readonly units: readonly TextUnit[];
}

/** A joint-use section, or a sentence about joint use with what follows it up to the next numbered paragraph. */
function blocks(document: PolicyDocument): Block[] {
  const sections = sectionsOfKind(document, ['joint-use']);
  const units = textUnits(document);
  if (sections.length > 0) {
    // Nested joint-use sections are checked as part of the outermost one.
    const outer = sections.filter((section) => !sections.some((other) => other !== section && other.span.start <= section.span.start && other.span.end >= section.span.end && other.span.end - other.span.start > section.span.end - section.span.start));
    return outer.map((section) => ({ anchor: headingLine(document, section), units: unitsWithin(document, section) }));
  }
  const tableSpans = document.tables.map((table) => table.span);
  const inTable = (unit: TextUnit) => tableSpans.some((span) => unit.span.start >= span.start && unit.span.start < span.end);
  const found: Block[] = [];
  let until = -1;
  for (const start of jointUseUnits(document)) {
    if (start.span.start < until) continue;
    const index = units.indexOf(start);
    const scope = [start];
    for (let i = index + 1; i < units.length; i++) {
      const unit = units[i];
      if (unit.type === 'heading' || unit.section !== start.section || /^[（(]?[0-9０-９]{1,2}[)）.．]/.test(unit.text) || /^[①-⑳]/.test(unit.text)) break;
      // A pasted recipient table beside the sentence names recipients, not who shares what for which purpose.
      if (!inTable(unit) && !isStatutoryRestatement(unit)) scope.push(unit);
    }
    until = scope[scope.length - 1].span.end;
    const lineEnd = document.lines.lineEnd(document.lines.lineAt(start.span.start));
    found.push({ anchor: { start: start.span.start, end: Math.min(lineEnd, start.span.end) }, units: scope });
  }
  return found;
}

/** The missing items as a list after the joint-use text, each with ○○ for the writer to fill in. */
function addItems(document: PolicyDocument, block: Block, missing: readonly JointUseItem[]): Fix | undefined {
  const last = block.units[block.units.length - 1];
  if (!last) return undefined;
  const end = document.lines.lineEnd(document.lines.lineAt(Math.max(last.span.start, last.span.end - 1)));
  const lines = missing.map((item) => (document.language === 'ja' ? `- ${item.label.ja}: ○○` : `- ${item.label.en[0].toUpperCase()}${item.label.en.slice(1)}: TBD`));
  return {
    title: { ja: '共同利用の事項を追加する', en: 'Add the joint-use items' },
    edits: [paragraphsAfter(end, [lines.join('\n')])],
    safe: false,
  };
}

export const jointUseItemsRule: PolicyRule = {
  id: 'joint-use-items',
  description: { ja: '共同利用について法第27条第5項第3号の事項が書かれていない', en: 'Joint use without the items of APPI Art. 27(5)(iii)' },
  tags: ['legal'],
  defaultSeverity: 'error',
  profileSeverity: { none: 'off', 'eu-gdpr': 'off' },
  rationale: {
    ja: '共同利用の相手が第三者に当たらないのは、共同利用をする旨、共同して利用される個人データの項目、共同して利用する者の範囲、利用する者の利用目的、管理について責任を有する者の氏名又は名称・住所・法人の代表者の氏名を、あらかじめ本人に通知し又は容易に知り得る状態に置いたときだけです（法第27条第5項第3号、ガイドライン通則編3-6-3）。住所と代表者の氏名は2022年4月1日から必要です。「公表します」と書くだけでは足りません。',
    en: 'A joint user is not a "third party" only if the fact of joint use, the data items, the scope of joint users, their purposes, and the name, address and (for a corporation) representative of the party responsible are notified in advance or made readily accessible (APPI Art. 27(5)(iii), PPC guidelines 3-6-3). The address and representative have been required since 2022-04-01. Saying they "will be published" is not enough.',
  },
  legalBasis: 'APPI Art. 27(5)(iii)',
  fixable: true,
  check({ document, report }) {
    for (const block of blocks(document)) {
      const text = block.units.map((unit) => unit.text).join('\n');
      if (noJointUse.test(text) && !jointUseDeclaration.test(text.replace(noJointUse, ''))) continue;
      const missing = items.filter((item) => !item.present(text, block.units));
      if (missing.length === 0) continue;
      const legacy = /氏名又は名称について、?あらかじめ/.test(text);
      const none = missing.length === items.length;
      const list = { ja: missing.map((item) => item.label.ja).join('、'), en: missing.map((item) => item.label.en).join(', ') };
      const fix = addItems(document, block, missing);
      report({
        span: block.anchor,
        fixes: fix ? [fix] : [],
        messageId: legacy ? 'legacy-wording' : none ? 'no-items' : 'missing-items',
        message: {
          ja: `共同利用について書かれていますが、${none ? '法第27条第5項第3号の事項が一つも書かれていません' : `次の事項がありません: ${list.ja}`}。${legacy ? '「氏名又は名称について、あらかじめ」は2022年3月までの条文の書き方で、責任者の住所と代表者の氏名が抜けています。' : ''}共同して利用される個人データの項目、共同して利用する者の範囲、利用する者の利用目的、管理について責任を有する者の氏名又は名称・住所・代表者の氏名を具体的に書いてください。`,
          en: `Joint use is mentioned, but ${none ? 'none of the items of APPI Art. 27(5)(iii) is given' : `these items are missing: ${list.en}`}. ${legacy ? 'The phrase 「氏名又は名称について、あらかじめ」 is the pre-April-2022 wording, which leaves out the address and representative. ' : ''}State the data items, the scope of joint users, their purposes, and the name, address and representative of the party responsible.`,
        },
      });
    }
  },
};
