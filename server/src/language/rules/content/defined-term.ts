import type { DefinedTerm, PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { Fix, PolicyRule, RuleContext } from '../types';
import { contains, inHeading, occurrencesOf, sentenceAround } from './scan';

type Report = RuleContext['report'];

/** Names by which a policy refers to its author, its service or itself; one defined form, the others are variants. */
const variantGroups: readonly (readonly string[])[] = [
  ['当社', '弊社', '我が社', '当会社'],
  ['本サービス', '当サービス'],
  ['本アプリ', '当アプリ'],
  ['本サイト', '当サイト', '本ウェブサイト', '当ウェブサイト', '当Webサイト', '本Webサイト'],
  ['本ポリシー', '当ポリシー', '本プライバシーポリシー'],
  ['本方針', '当方針'],
  ['当法人', '本法人'],
  ['当協会', '本協会'],
  ['お客様', 'お客さま'],
];

/** Designators that readers cannot resolve unless the policy says who or what they are. */
const needsDefinition = ['当社', '弊社', '当法人', '当協会', '本サービス', '当サービス', '本アプリ', '当アプリ'];
const undefinedThreshold = 3;

/** Ordinary words that a policy often narrows by definition; before it they carry their everyday meaning. */
const commonWords = new Set(['個人情報', '個人データ', '保有個人データ', '利用目的', '苦情', 'お客様', 'お客さま', 'ユーザー', 'ユーザ', '利用者', '本人', 'コンテンツ', 'サービス', '情報', '第三者', 'クッキー', 'Cookie']);

const isKana = (char: string) => /[\u30a0-\u30ff]/.test(char);
const isKanji = (char: string) => /[\u3400-\u9fff]/.test(char);

/** Uses of a term as a word: not inside a longer compound that merely contains it (要配慮個人情報, サーバーサービス). */
function usesOf(document: PolicyDocument, term: string): Span[] {
  const latin = /^[A-Za-z]/.test(term);
  return occurrencesOf(document, term).filter((span) => {
    const before = document.text[span.start - 1] ?? '';
    const after = document.text[span.end] ?? '';
    if (latin) return !/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after);
    if (isKana(term[0]) && isKana(before)) return false;
    const designator = /^[当本弊]/.test(term);
    if (isKanji(term[0]) && isKanji(before) && !designator) return false;
    if (isKanji(term[term.length - 1]) && isKanji(after) && !designator) return false;
    if (isKana(term[term.length - 1]) && after === 'ー') return false;
    return true;
  });
}

/** Article captions such as （利用目的の特定） stand alone on their line and name things like a heading does. */
function onCaptionLine(document: PolicyDocument, offset: number): boolean {
  const line = document.lines.lineAt(offset);
  const text = document.text.slice(document.lines.lineStart(line), document.lines.lineEnd(line));
  return /^\s*[（(][^（）()]{1,30}[）)]\s*$/.test(text);
}

/** The whole parenthetical around a definition, e.g. （以下「当社」といいます。）, when there is one. */
function parentheticalAround(document: PolicyDocument, definition: Span): Span | undefined {
  const text = document.text;
  let start = definition.start;
  while (start > 0 && /[、，,\s]/.test(text[start - 1])) start--;
  if (!/[（(]/.test(text[start - 1] ?? '')) return undefined;
  let end = definition.end;
  while (end < text.length && /[。．、\s]/.test(text[end])) end++;
  if (!/[）)]/.test(text[end] ?? '')) return undefined;
  return { start: start - 1, end: end + 1 };
}

function checkDefinitions(document: PolicyDocument, report: Report): void {
  const byTerm = new Map<string, DefinedTerm[]>();
  for (const term of document.terms) byTerm.set(term.term, [...(byTerm.get(term.term) ?? []), term]);
  const definitionSpans = document.terms.map((t) => t.definitionSpan);
  for (const [name, definitions] of byTerm) {
    const first = definitions[0];
    for (const again of definitions.slice(1)) {
      const removable = parentheticalAround(document, again.definitionSpan);
      const fixes: Fix[] = removable ? [{ title: { ja: '重複した定義を削除する', en: 'Remove the repeated definition' }, edits: [{ span: removable, newText: '' }], safe: false }] : [];
      const line = document.lines.positionAt(first.span.start).line + 1;
      report({
        span: again.definitionSpan,
        messageId: 'defined-twice',
        message: {
          ja: `「${name}」は ${line} 行目ですでに定義されています。二度定義すると、二つの定義が同じものを指すのか読み手が迷います。二度目の定義を削除してください。`,
          en: `"${name}" is already defined on line ${line}. A second definition leaves readers wondering whether both mean the same thing. Remove this one.`,
        },
        fixes,
      });
    }
    const uses = usesOf(document, name).filter((span) => !definitionSpans.some((d) => contains(d, span)));
    const ownSentence = sentenceAround(document, first.definitionSpan.start);
    const early = uses.find((span) => span.start < first.definitionSpan.start && !inHeading(document, span.start) && !onCaptionLine(document, span.start) && !contains(ownSentence, span));
    // A Latin name (Moneytree, GPC) explains itself; only words whose meaning the definition fixes need it first.
    if (early && !/^[A-Za-z]/.test(name) && !commonWords.has(name)) {
      const line = document.lines.positionAt(first.span.start).line + 1;
      report({
        span: early,
        messageId: 'used-before-definition',
        message: {
          ja: `「${name}」は ${line} 行目で定義される前にここで使われています。定義より前では、読み手は何を指すのか分かりません。定義を最初に使う箇所へ移してください。`,
          en: `"${name}" is used here before it is defined on line ${line}; until then readers cannot know what it means. Move the definition to the first use.`,
        },
      });
    }
    if (!uses.some((span) => !definitions.some((d) => d.referent && contains(d.referent.span, span)))) {
      report({
        span: first.span,
        messageId: 'unused',
        severity: 'info',
        message: {
          ja: `「${name}」は定義されていますが、この後一度も使われていません。使わない定義は読み手を迷わせます。定義を削除するか、本文で「${name}」を使ってください。`,
          en: `"${name}" is defined but never used afterwards; an unused definition only distracts. Remove it or use "${name}" in the text.`,
        },
      });
    }
  }
}

function checkVariants(document: PolicyDocument, report: Report): void {
  const defined = new Set(document.terms.map((t) => t.term));
  for (const group of variantGroups) {
    const canonical = group.find((form) => defined.has(form));
    if (!canonical) continue;
    for (const variant of group) {
      if (variant === canonical || defined.has(variant) || canonical.includes(variant)) continue;
      const uses = usesOf(document, variant).filter((span) => !usesOf(document, canonical).some((c) => c.start <= span.start && c.end >= span.end));
      if (uses.length === 0) continue;
      report({
        span: uses[0],
        messageId: 'variant',
        message: {
          ja: `「${canonical}」と定義しているのに「${variant}」と書かれています（${uses.length} 箇所）。別の呼び方があると、別のものを指すのかと読み手が迷います。「${canonical}」にそろえてください。`,
          en: `"${canonical}" is the defined term, but "${variant}" is used (${uses.length} time${uses.length > 1 ? 's' : ''}). A second name suggests a second thing; use "${canonical}" throughout.`,
        },
        fixes: [{ title: { ja: `すべて「${canonical}」にそろえる`, en: `Change all to "${canonical}"` }, edits: uses.map((span) => ({ span, newText: canonical })), safe: false }],
      });
    }
  }
}

function checkUndefined(document: PolicyDocument, report: Report): void {
  if (document.language !== 'ja') return;
  const defined = new Set(document.terms.map((t) => t.term));
  for (const name of needsDefinition) {
    const group = variantGroups.find((g) => g.includes(name)) ?? [name];
    if (group.some((form) => defined.has(form))) continue;
    const uses = usesOf(document, name).filter((span) => !inHeading(document, span.start));
    if (uses.length < undefinedThreshold) continue;
    const organisation = document.organization?.name;
    const isAuthor = /^(?:当社|弊社|当法人|当協会)$/.test(name);
    const example = isAuthor ? { ja: '株式会社○○', en: 'XYZ Co., Ltd.' } : { ja: '当社が提供する「○○」', en: 'the "XYZ" service we provide' };
    const fixes: Fix[] =
      organisation && isAuthor
        ? [{ title: { ja: `「${organisation}（以下「${name}」といいます。）」と定義する`, en: `Define it as ${organisation} (「${name}」)` }, edits: [{ span: uses[0], newText: `${organisation}（以下「${name}」といいます。）` }], safe: false }]
        : [];
    report({
      span: uses[0],
      messageId: 'undefined',
      severity: 'hint',
      message: {
        ja: `「${name}」が ${uses.length} 回使われていますが、何を指すのか定義されていません。本人は誰が（何が）対象なのかを特定できる必要があります（個人情報保護法第32条第1項第1号）。最初に使う箇所で「${example.ja}（以下「${name}」といいます。）」のように定義してください。`,
        en: `"${name}" is used ${uses.length} times but never defined, so readers must guess who or what it is (APPI Art. 32(1)(i) requires the business to be identifiable). Define it at its first use, e.g. "${example.en} (以下「${name}」といいます。)".`,
      },
      fixes,
    });
  }
}

export const definedTermRule: PolicyRule = {
  id: 'defined-term',
  description: { ja: '定義語の重複定義・定義前の使用・未使用・表記ゆれ・未定義', en: 'Defined terms defined twice, used before their definition, never used, used in a variant form, or never defined' },
  tags: ['content', 'terms'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '「以下「当社」といいます」のような定義は、方針の中の語が何を指すかを一つに決めるためのものです。二度の定義、定義前の使用、別の呼び方は、その対応を崩し、事業者や対象サービスの特定（個人情報保護法第32条第1項第1号）を曖昧にします。',
    en: 'A definition such as 以下「当社」といいます fixes what a word means throughout the policy. Defining it twice, using it first, or calling the same thing by another name breaks that link and blurs who the business is (APPI Art. 32(1)(i)).',
  },
  fixable: true,
  check({ document, report }) {
    checkDefinitions(document, report);
    checkVariants(document, report);
    checkUndefined(document, report);
  },
};
