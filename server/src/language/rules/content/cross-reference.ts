import type { PolicyDocument, Section, SectionKind } from '../../model/types';
import type { Span } from '../../text/positions';
import type { PolicyRule, RuleContext } from '../types';
import { matchProse, readNumber, sectionAt, sentenceAround } from './scan';

type Report = RuleContext['report'];

const number = '[0-9０-９一二三四五六七八九十百]+';

/** Words that make 第N条 an article of a law, an order, a guideline or another document, not of this policy. */
const externalBefore = /(?:法|律|令|規則|条例|ガイドライン|指針|約款|規約|基準|GDPR|JIS|Q\s*15001|[」』）)])\s*(?:の)?\s*$/;
const lawInSentence = /法律|法(?!人)|政令|施行令|施行規則|規則|ガイドライン|条例|JIS|GDPR|Regulation|規約|約款/;
const selfReference = /(?:本|この|当)(?:ポリシー|方針|規程|規約|プライバシーポリシー|プライバシー・ポリシー)\s*(?:の)?\s*$/;

/** What a reference says it points at (「第7条に定める共同利用者」) and which section kind that is. */
const kindWords: readonly { kind: SectionKind; regex: RegExp; ja: string; en: string }[] = [
  { kind: 'joint-use', regex: /共同利用|共同して利用/, ja: '共同利用', en: 'joint use' },
  { kind: 'outsourcing', regex: /委託/, ja: '委託', en: 'outsourcing' },
  { kind: 'third-party', regex: /第三者(?:への)?提供|提供先/, ja: '第三者提供', en: 'third-party provision' },
  { kind: 'purposes', regex: /利用目的/, ja: '利用目的', en: 'purposes of use' },
  { kind: 'disclosure', regex: /開示|訂正|利用停止/, ja: '開示等', en: 'disclosure requests' },
  { kind: 'contact', regex: /問い?合わ?せ|窓口|連絡先/, ja: '問い合わせ窓口', en: 'contact' },
  { kind: 'security', regex: /安全管理/, ja: '安全管理措置', en: 'security measures' },
  { kind: 'cookies', regex: /[Cc]ookie|クッキー/, ja: 'Cookie', en: 'cookies' },
];

interface Article {
  readonly value: number;
  readonly section?: Section;
}

/** Articles the document itself numbers: 第N条 at the start of a heading, a list item or a paragraph. */
function articlesOf(document: PolicyDocument): Article[] {
  const articles: Article[] = [];
  // An article opens with its number and then a caption or a space (第3条（利用目的）, 第３条　協会は…), never a particle.
  const lineStart = new RegExp(`^(?:#{1,6}[ \\t]+)?(?:[-*+][ \\t]+|[0-9]+\\.[ \\t]+)?[*_]*第(${number})条(?=[ \\t　（(【*_]|$)`, 'gm');
  let match: RegExpExecArray | null;
  while ((match = lineStart.exec(document.text)) !== null) {
    const value = readNumber(match[1]);
    if (!Number.isFinite(value)) continue;
    const offset = match.index;
    const end = offset + match[0].length;
    const section = document.sections.find((s) => s.numbering?.style === 'article' && s.numbering.value === value && s.headingSpan.start <= end && s.headingSpan.end >= offset);
    articles.push({ value, section });
  }
  return articles;
}

function isArticleStart(document: PolicyDocument, span: Span): boolean {
  const lineStart = document.text.lastIndexOf('\n', span.start - 1) + 1;
  const opensLine = /^(?:#{1,6}[ \t]+)?(?:[-*+][ \t]+|[0-9]+\.[ \t]+)?[*_]*$/.test(document.text.slice(lineStart, span.start));
  return opensLine && /^[ \t　（(【*_\n]|^$/.test(document.text.slice(span.end, span.end + 1));
}

function isExternal(document: PolicyDocument, span: Span): boolean {
  const sentence = sentenceAround(document, span.start);
  const before = document.text.slice(Math.max(sentence.start, span.start - 30), span.start);
  if (selfReference.test(before)) return false;
  if (externalBefore.test(before)) return true;
  return lawInSentence.test(document.text.slice(sentence.start, span.start));
}

function checkArticles(document: PolicyDocument, report: Report): void {
  const articles = articlesOf(document);
  // Without numbered articles a bare 第N条 is almost always an article of a law named earlier.
  if (articles.length < 2) return;
  const values = new Set(articles.map((a) => a.value));
  const max = Math.max(...values);
  const regex = new RegExp(`第(${number})条(?!の[0-9０-９一二三四五六七八九十])(?:第${number}項)?`, 'g');
  for (const found of matchProse(document, regex)) {
    if (isArticleStart(document, found.span) || isExternal(document, found.span)) continue;
    const value = readNumber(found.match[1]);
    if (!values.has(value)) {
      report({
        span: found.span,
        messageId: 'missing-article',
        message: {
          ja: `「${found.match[0]}」を参照していますが、この方針に第${value}条はありません（第${max}条まで）。条の追加・削除で番号がずれた可能性があります。参照先の条番号を確かめてください。`,
          en: `This refers to "${found.match[0]}" (Article ${value}), but the policy has no such article (it ends at Article ${max}). Articles were probably added or removed; check the number.`,
        },
      });
      continue;
    }
    const target = articles.find((a) => a.value === value)?.section;
    if (!target) continue;
    const after = document.text.slice(found.span.end, found.span.end + 40);
    const titled = /^[（(]([^）)\n]{1,30})[）)]/.exec(after);
    const named = /^(?:[（(][^）)\n]*[）)])?\s*(?:に|で|の)?(?:定める|規定する|記載の|記載する|記載された|掲げる|定めた|示す|規定の|定めの)\s*([^、。\nのでをにはがと]{1,16})/.exec(after);
    let better: Section | undefined;
    let claim = '';
    if (titled && titled[1].trim() !== target.title) {
      better = articles.find((a) => a.section && a.section.title === titled[1].trim())?.section;
      claim = titled[1].trim();
    } else if (named) {
      const word = kindWords.find((k) => k.regex.test(named[1]));
      if (word && target.kinds.length > 0 && !target.kinds.includes(word.kind)) {
        better = articles.find((a) => a.section?.kinds.includes(word.kind))?.section;
        claim = word.ja;
      }
    }
    if (!better?.numbering || better === target) continue;
    const right = better.numbering.value;
    report({
      span: found.span,
      messageId: 'wrong-article',
      message: {
        ja: `「${found.match[0]}」は「${target.title}」の条ですが、参照しているのは「${claim}」で、それは第${right}条（${better.title}）にあります。参照がずれていると、本人は該当する定めを見つけられません。第${right}条に直してください。`,
        en: `"${found.match[0]}" is the article on "${target.title}", but the reference is to "${claim}", which is Article ${right} ("${better.title}"). A stale reference leaves readers unable to find the provision; change it to Article ${right}.`,
      },
      fixes: [{ title: { ja: `第${right}条に直す`, en: `Change to Article ${right}` }, edits: [{ span: { start: found.span.start, end: found.span.start + 1 + found.match[1].length + 1 }, newText: `第${right}条` }], safe: false }],
    });
  }
  for (const found of matchProse(document, /前条/g)) {
    const section = sectionAt(document, found.span.start);
    const current = section === undefined ? undefined : document.sections[section];
    if (current?.numbering?.style !== 'article' || current.numbering.value !== Math.min(...values)) continue;
    report({
      span: found.span,
      messageId: 'no-previous-article',
      message: {
        ja: `「前条」とありますが、ここは最初の条（${current.numbering.text}）なので前の条がありません。参照先を条番号で書いてください。`,
        en: `"前条" (the previous article) is used in the first article, which has none before it. Refer to the article by its number.`,
      },
    });
  }
}

/** Values of the numbered items (lists, numbered paragraphs and headings) before or after an offset, by style family. */
function numberedValues(document: PolicyDocument, offset: number, direction: 'before' | 'after', styles: readonly string[]): Set<number> {
  const values = new Set<number>();
  const take = (start: number, value: number, style: string) => {
    if (!styles.includes(style)) return;
    if (direction === 'before' ? start < offset : start > offset) values.add(value);
  };
  for (const run of document.numberedRuns) for (const item of run.items) take(item.span.start, item.value, item.style);
  for (const section of document.sections) if (section.numbering) take(section.numbering.span.start, section.numbering.value, section.numbering.style);
  for (const list of document.lists) {
    list.items.forEach((item, i) => {
      if (item.innerNumbering) take(item.innerNumbering.span.start, item.innerNumbering.value, item.innerNumbering.style);
      if (list.ordered) take(item.span.start, (list.start ?? 1) + i, 'arabic-dot');
    });
  }
  return values;
}

function checkItemReferences(document: PolicyDocument, report: Report): void {
  const regex = /(上記|前記|下記|後記)\s*(?:[(（]([0-9０-９]{1,2})[)）]|([①-⑳]))/g;
  for (const found of matchProse(document, regex)) {
    const direction = found.match[1] === '下記' || found.match[1] === '後記' ? 'after' : 'before';
    const circled = found.match[3];
    const value = circled ? circled.charCodeAt(0) - 0x2460 + 1 : readNumber(found.match[2]);
    // Writers cite a list's "1." as (1), so every arabic style counts.
    const styles = circled ? ['circled'] : ['paren-arabic', 'fullwidth-paren-arabic', 'arabic-dot', 'arabic-paren', 'bracket-arabic'];
    if (numberedValues(document, found.span.start, direction, styles).has(value)) continue;
    const where = direction === 'before' ? { ja: 'より前', en: 'before it' } : { ja: 'より後', en: 'after it' };
    report({
      span: found.span,
      messageId: 'missing-item',
      message: {
        ja: `「${found.match[0]}」を参照していますが、この箇所${where.ja}に${circled ?? `(${value})`}の項目がありません。項目の追加・削除で番号がずれた可能性があります。参照先を確かめてください。`,
        en: `This refers to "${found.match[0]}", but there is no item ${circled ?? `(${value})`} ${where.en}. Items were probably added or removed; check the reference.`,
      },
    });
  }
}

export const crossReferenceRule: PolicyRule = {
  id: 'cross-reference',
  description: { ja: '存在しない条・項目、または別の内容の条を指す文書内の参照', en: 'Internal references to articles or items that do not exist or that cover something else' },
  tags: ['content', 'structure'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '「第7条に定める共同利用者」のような参照は、条の追加・削除の後に直し忘れられがちです。ずれた参照は本人を別の定めに導き、共同利用の範囲（個人情報保護法第27条第5項第3号）のように本人に知らせるべき事項が伝わらなくなります。',
    en: 'References such as "the joint users defined in Article 7" are easily left stale when articles are added or removed; a wrong one sends readers to the wrong provision, so what they must be told (e.g. the scope of joint use, APPI Art. 27(5)(iii)) does not reach them.',
  },
  fixable: true,
  check({ document, report }) {
    checkArticles(document, report);
    checkItemReferences(document, report);
  },
};
