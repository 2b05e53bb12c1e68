import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { LocalizedText, PolicyRule } from '../types';
import { matchProse } from './scan';

interface Placeholder {
  readonly span: Span;
  readonly kind: string;
  readonly what: LocalizedText;
}

const nameLabel = '(?:会社名|社名|貴社名|御社名|事業者名|団体名|法人名|組織名|店舗名|サービス名|アプリ名|サイト名|代表者名|Company Name|Your Company|COMPANY NAME|YOUR COMPANY)';
const otherLabel = '(?:住所|所在地|電話番号|メールアドレス|担当部署|部署名|窓口名|日付|URL|Address|Email)';

/** Patterns in prose; each explains what it stands for. */
const prosePatterns: readonly { kind: string; regex: RegExp; what: LocalizedText }[] = [
  { kind: 'marks', regex: /[○〇●◯△□×✕]{2,}/g, what: { ja: '伏せ字（○○・××）', en: 'filler marks (○○, ××)' } },
  { kind: 'bracket-name', regex: new RegExp(`[\\[［【〔<＜]${nameLabel}[\\]］】〕>＞](?![:：])`, 'g'), what: { ja: '名前を入れる欄', en: 'a slot for a name' } },
  {
    kind: 'bracket-field',
    regex: new RegExp(`[\\[［【〔<＜]${otherLabel}[\\]］】〕>＞](?=[はがをにへの]|[（(]以下|$)`, 'gm'),
    what: { ja: '記入欄', en: 'a form field' },
  },
  { kind: 'todo', regex: /(?<![A-Za-z])(?:TODO|FIXME|TBD|X{3,})(?![A-Za-z])/g, what: { ja: '作業用の目印（TODO・TBD・XXX）', en: 'a work marker (TODO, TBD, XXX)' } },
  { kind: 'lorem', regex: /lorem ipsum/gi, what: { ja: 'ダミー文（Lorem ipsum）', en: 'dummy text (Lorem ipsum)' } },
  { kind: 'example-domain', regex: /(?<![A-Za-z0-9._%+-])(?:[A-Za-z0-9._%+-]{1,64}@)?(?<![A-Za-z0-9-])example\.(?:com|net|org|jp|co\.jp)(?![A-Za-z0-9-])/g, what: { ja: '見本のアドレス（example.com）', en: 'a sample address (example.com)' } },
];

/**
 * Asterisk fillers (株式会社***, 〒***-****). Only literal asterisks count: those Markdown read as emphasis
 * (***大切に***) or as a rule are not in any text node.
 */
function asteriskFillers(document: PolicyDocument, into: Placeholder[]): void {
  let lastLine = -1;
  for (const hit of matchProse(document, /[*＊]{3,}|[*＊]{2,}(?=[-ー－][*＊]{2,})/g)) {
    const line = document.lines.lineAt(hit.span.start);
    if (line === lastLine) continue;
    lastLine = line;
    into.push({ span: hit.span, kind: 'asterisks', what: { ja: '伏せ字（***）', en: 'filler asterisks (***)' } });
  }
  // 〒***-**** turns partly into emphasis, so after a contact label the source itself is searched.
  const blocked = document.blocks.filter((b) => b.type === 'code' || b.type === 'html' || b.type === 'yaml');
  const labelled = /(?:〒|TEL|Tel|FAX|Fax|電話番号|電話|郵便番号)\s*[:：]?\s*([*＊]{2,}[-ー－*＊]*)/g;
  let match: RegExpExecArray | null;
  while ((match = labelled.exec(document.text)) !== null) {
    const start = match.index + match[0].length - match[1].length;
    const line = document.lines.lineAt(start);
    if (blocked.some((b) => start >= (b.position?.start.offset ?? 0) && start < (b.position?.end.offset ?? 0))) continue;
    if (into.some((p) => p.kind === 'asterisks' && document.lines.lineAt(p.span.start) === line)) continue;
    into.push({ span: { start, end: start + match[1].length }, kind: 'asterisks', what: { ja: '伏せ字（***）', en: 'filler asterisks (***)' } });
  }
}

/** 「（以下「当社」）」 with nothing before it, or only a company-type word: the name was never filled in. */
function namelessDefinitions(document: PolicyDocument, into: Placeholder[]): void {
  for (const found of matchProse(document, /(?:株式会社|有限会社|合同会社|一般社団法人)?[ 　]*[（(]以下[、，,]?\s*[「『：:]/g)) {
    // The source, not the text node: a node may start right after a link that is the name.
    // Only the line so far matters; trimming the whole text before each match would be quadratic.
    const lineStart = document.text.lastIndexOf('\n', found.span.start - 1) + 1;
    const before = document.text.slice(lineStart, found.span.start).replace(/[ 　]+$/, '');
    const lastChar = before.slice(-1);
    if (before.length > 0 && !/[。>]/.test(lastChar) && !/^\s*[-*+]$|^\s*#+$/.test(before)) continue;
    into.push({ span: found.span, kind: 'nameless-definition', what: { ja: '名前の抜けた定義', en: 'a definition whose name is missing' } });
  }
}

/** A list item that says only "ここ" (here) where the content should be, e.g. 「利用目的はここ」. */
function hereItems(document: PolicyDocument, into: Placeholder[]): void {
  for (const list of document.lists) {
    for (const item of list.items) {
      const source = document.text.slice(item.textSpan.start, item.textSpan.end).trimEnd();
      const match = /(?:^|[\s　は：:])(ここ)[。.]?$/.exec(source);
      if (!match) continue;
      const start = item.textSpan.start + match.index + match[0].indexOf('ここ');
      into.push({ span: { start, end: start + 2 }, kind: 'here', what: { ja: '「ここ」という仮置きの文言', en: 'the stand-in word "ここ" (here)' } });
    }
  }
}

export const leftoverPlaceholderRule: PolicyRule = {
  id: 'leftover-placeholder',
  description: { ja: 'ひな形の記入欄・伏せ字・作業用の目印の残り', en: 'Template slots, filler marks and work markers left in the text' },
  tags: ['content', 'template'],
  defaultSeverity: 'error',
  rationale: {
    ja: 'ひな形の「○○株式会社」「***」「[会社名]」が残ったままでは、誰が個人情報を取り扱うのか、どこに問い合わせるのかが本人に分かりません。事業者の名称・住所（個人情報保護法第32条第1項第1号）や苦情の申出先（政令第10条第2号）は本人が知り得る状態に置く必要があります。',
    en: 'A template slot such as ○○ Inc., *** or [Company Name] leaves readers unable to tell who handles their data or whom to contact; the business\'s name and address (APPI Art. 32(1)(i)) and the complaint contact (Cabinet Order Art. 10(ii)) must be available to them.',
  },
  legalBasis: 'APPI Art. 32(1); Cabinet Order Art. 10',
  fixable: false,
  check({ document, report }) {
    const found: Placeholder[] = [];
    for (const { kind, regex, what } of prosePatterns) for (const hit of matchProse(document, regex)) found.push({ span: hit.span, kind, what });
    asteriskFillers(document, found);
    namelessDefinitions(document, found);
    hereItems(document, found);
    found.sort((a, b) => a.span.start - b.span.start);
    let lastEnd = -1;
    for (const placeholder of found) {
      if (placeholder.span.start < lastEnd) continue;
      lastEnd = placeholder.span.end;
      const shown = document.text.slice(placeholder.span.start, placeholder.span.end).trim();
      report({
        span: placeholder.span,
        messageId: placeholder.kind,
        message: {
          ja: `「${shown}」はひな形の${placeholder.what.ja}が残っているようです。公開された方針では、事業者名・連絡先・利用目的などが本人に伝わらなくなります（個人情報保護法第32条第1項）。実際の内容に置き換えてください。`,
          en: `"${shown}" looks like ${placeholder.what.en} left over from a template. In a published policy readers cannot tell the business's name, contact details or purposes (APPI Art. 32(1)). Replace it with the real content.`,
        },
      });
    }
  },
};
