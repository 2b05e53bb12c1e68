import type { Nodes, Paragraph, RootContent } from 'mdast';
import { displayWidth, spanOf } from '../../model/text';
import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import { bulletGlyphs } from './double-bullet';
import type { Finding, PolicyRule } from '../types';
import { isHiragana, isJapanese, isKanji, isKatakana } from './japanese';

/**
 * A line at least this wide (in columns; full-width characters count two) looks like it was wrapped
 * by a PDF or a web page rather than ended by the writer. Labels, names and addresses are shorter.
 */
const wrappedWidth = 44;

/** Characters a sentence, a quotation or a label ends with; a break after them is deliberate. */
const terminal = /[。．.！？!?」』）)】〕：:；;…]$/;

/** Hiragana a Japanese sentence may start with (なお, また, ただし, この, その, お客様, ご本人, さらに …). */
const sentenceStartKana = 'なまたこそあおごいどさもほすわかけ';

/**
 * Endings with which an item or sentence may stop without 。 (…場合, …とき, …します). After one of
 * them a break is only taken as mid-sentence when the next line starts with a continuing kana.
 */
const finalEnding = /(?:場合|とき|こと|もの|ため|など|です|ます|ください|である|とする)$/;

function continuesAfter(before: string, after: string): boolean {
  return !finalEnding.test(before) || (isHiragana(after[0]) && !sentenceStartKana.includes(after[0]));
}

/** A line that starts a new item, a note or an address on purpose. */
const structuralStart = new RegExp(`^(?:[${bulletGlyphs}※＊*〒☎]|[-+] |[（(]?[0-9０-９一二三四五六七八九十]+[）)．.、 　]|[①-⑳]|第[0-9０-９一二三四五六七八九十]+[条章項]|TEL|FAX|Tel|Fax|E-?mail|URL)`);

function isLetter(char: string | undefined): boolean {
  return isHiragana(char) || isKatakana(char) || isKanji(char) || (char !== undefined && /^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]$/.test(char));
}

function lastParagraph(node: RootContent): Paragraph | undefined {
  if (node.type === 'paragraph') return node;
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
    const last = node.children[node.children.length - 1];
    return last ? lastParagraph(last as RootContent) : undefined;
  }
  return undefined;
}

interface Context {
  readonly document: PolicyDocument;
  /** Pseudo-tables and pseudo-headings: their line breaks are meant. */
  readonly excluded: readonly Span[];
  report(finding: Finding): void;
}

function inside(spans: readonly Span[], offset: number): boolean {
  return spans.some((span) => span.start <= offset && offset < span.end);
}

/** The width of the line that ends at `end`, counted from the start of the block (not its marker). */
function lineWidthBefore(document: PolicyDocument, blockStart: number, end: number): number {
  const lineStart = Math.max(document.lines.lineStart(document.lines.lineAt(end)), blockStart);
  return displayWidth(document.text.slice(lineStart, end).trim());
}

function joinFix(start: number, end: number, safe: boolean): Finding['fixes'] {
  return [{ title: { ja: '行をつなげる', en: 'Join the lines' }, edits: [{ span: { start, end }, newText: '' }], safe }];
}

/** `…相  ⏎当な理由…`: a hard break (two spaces or a backslash) in the middle of a sentence. */
function checkBreaks(context: Context, paragraph: Paragraph): void {
  const { document } = context;
  const paragraphSpan = spanOf(paragraph);
  if (!paragraphSpan || inside(context.excluded, paragraphSpan.start)) return;
  const text = document.text;
  const visit = (node: Nodes): void => {
    if (node.type === 'break') {
      const span = spanOf(node);
      if (!span) return;
      let start = span.start;
      while (start > paragraphSpan.start && /[ \t\\]/.test(text[start - 1])) start--;
      const newline = text.indexOf('\n', span.start);
      if (newline < 0 || newline >= paragraphSpan.end) return;
      const nextStart = newline + 1 + (/^[ \t　]*/.exec(text.slice(newline + 1))?.[0].length ?? 0);
      const before = text.slice(paragraphSpan.start, start);
      const next = text.slice(nextStart, Math.min(paragraphSpan.end, nextStart + 8));
      if (terminal.test(before) || !isLetter(before[before.length - 1]) && before[before.length - 1] !== '、') return;
      if (!isLetter(next[0]) || structuralStart.test(next) || !continuesAfter(before, next)) return;
      if (lineWidthBefore(document, paragraphSpan.start, start) < wrappedWidth) return;
      context.report({
        span: { start, end: newline + 1 },
        messageId: 'hard-break',
        message: {
          ja: '文の途中に強制改行（行末の空白2つまたは \\）があり、表示でも文がそこで折り返されます。PDF やウェブからの貼り付けで残ったものと思われます。改行を削除して行をつなげてください。',
          en: 'A hard line break (two trailing spaces or a backslash) splits this sentence, and the rendered text breaks there too. It looks left over from copying a PDF or web page: remove it and join the lines.',
        },
        fixes: joinFix(start, nextStart, true),
      });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(paragraph);
}

/** `…利用目⏎⏎的を本人に…`: a blank line in the middle of a sentence splits it into two blocks. */
function checkParagraphBreak(context: Context, siblings: readonly RootContent[], index: number): void {
  const { document } = context;
  const next = siblings[index + 1];
  // Only then walk down the last children: doing it for every container was quadratic in the nesting depth.
  if (next?.type !== 'paragraph') return;
  const previous = lastParagraph(siblings[index]);
  const previousSpan = previous && spanOf(previous);
  const nextSpan = next?.type === 'paragraph' ? spanOf(next) : undefined;
  if (!previousSpan || !nextSpan || inside(context.excluded, previousSpan.start) || inside(context.excluded, nextSpan.start)) return;
  const before = document.text.slice(previousSpan.start, previousSpan.end).trimEnd();
  const after = document.text.slice(nextSpan.start, nextSpan.end);
  const last = before[before.length - 1];
  if (terminal.test(before) || !isJapanese(last) || (!isLetter(last) && last !== '、') || !isJapanese(after[0]) || !isLetter(after[0]) || structuralStart.test(after)) return;
  if (lineWidthBefore(document, previousSpan.start, previousSpan.start + before.length) < wrappedWidth) return;
  const following = siblings[index + 2];
  const continues =
    last === '、' ||
    (isHiragana(after[0]) && !sentenceStartKana.includes(after[0])) ||
    // A fragment sandwiched between two parts of one list is the tail of the item before it.
    (siblings[index].type === 'list' && following?.type === 'list' && following.ordered === (siblings[index] as { ordered?: boolean | null }).ordered);
  if (!continues || !continuesAfter(before, after)) return;
  const start = previousSpan.start + before.length;
  context.report({
    span: { start, end: nextSpan.start },
    messageId: 'paragraph-break',
    message: {
      ja: '文の途中に空行があり、一つの文が二つの段落（またはリスト項目と段落）に分かれています。PDF やウェブからの貼り付けで残ったものと思われます。空行を削除して文をつなげてください。',
      en: 'A blank line splits this sentence into two paragraphs (or a list item and a paragraph). It looks left over from copying a PDF or web page: remove it and join the sentence.',
    },
    fixes: joinFix(start, nextSpan.start, true),
  });
}

/** `…個人情報を⏎保護する…`: a source line break between two Japanese characters shows as a stray space. */
function checkSoftBreaks(context: Context, paragraph: Paragraph): void {
  const { document } = context;
  const paragraphSpan = spanOf(paragraph);
  if (!paragraphSpan || inside(context.excluded, paragraphSpan.start)) return;
  for (const child of paragraph.children) {
    if (child.type !== 'text') continue;
    const value = child.value;
    const span = spanOf(child);
    if (!span || document.text.slice(span.start, span.end) !== value) continue;
    for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
      const before = value.slice(0, i).trimEnd();
      const rest = value.slice(i + 1);
      const afterIndex = rest.length - rest.trimStart().length;
      const last = before[before.length - 1];
      const first = rest[afterIndex];
      if (!isJapanese(last) || !isJapanese(first) || terminal.test(before) || structuralStart.test(rest.slice(afterIndex))) continue;
      const start = span.start + before.length;
      const end = span.start + i + 1 + afterIndex;
      context.report({
        span: { start, end: span.start + i + 1 },
        messageId: 'soft-break',
        severity: 'info',
        message: {
          ja: '日本語の文字の間の改行は、表示では改行にならず、前後の行が余分な空白を挟んで一続きになります。文の続きなら行をつなげ、行を分けたい場合は行末に \\ を付けるかリストにしてください。',
          en: 'A line break between two Japanese characters does not show as a break: the rendered text runs the two lines together with a stray space. If the sentence continues, join the lines; to keep them apart, end the line with a backslash or make them a list.',
        },
        fixes: [
          // Joining is never blind-safe here: the lines may be separate items written without list markers.
          ...(joinFix(start, end, false) ?? []),
          { title: { ja: '改行を残す（行末に \\ を付ける）', en: 'Keep the break (end the line with a backslash)' }, edits: [{ span: { start, end: span.start + i }, newText: '\\' }], safe: false },
        ],
      });
    }
  }
}

function visitContainer(context: Context, children: readonly RootContent[]): void {
  children.forEach((child, index) => {
    checkParagraphBreak(context, children, index);
    if (child.type === 'paragraph') {
      checkBreaks(context, child);
      checkSoftBreaks(context, child);
    } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') {
      visitContainer(context, child.children as RootContent[]);
    }
  });
}

export const brokenLineRule: PolicyRule = {
  id: 'broken-line',
  description: {
    ja: '文の途中の改行・空行（PDF やウェブからの貼り付けの名残）',
    en: 'A line or paragraph break in the middle of a sentence (left over from pasting a PDF or web page)',
  },
  tags: ['writing', 'paste'],
  defaultSeverity: 'warning',
  rationale: {
    ja: 'PDF やウェブから貼り付けた文章は元の折り返し位置で改行されたままになり、表示で文や語が途中で切れたり、日本語の間に空白が入ったりします。条項の文言が途切れると読み手は内容を正しく読み取れません。',
    en: 'Text pasted from PDFs or web pages keeps the original wrapping, so sentences and words break mid-way in the rendered policy, or Japanese text gains stray spaces. A clause cut in two is hard to read correctly.',
  },
  fixable: true,
  check({ document, report }) {
    const excluded = [...document.tables.filter((table) => table.kind !== 'gfm').map((table) => table.span), ...document.sections.filter((s) => s.pseudo).map((s) => s.headingSpan)];
    visitContainer({ document, excluded, report }, document.blocks);
  },
};
