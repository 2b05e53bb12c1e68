// Hover: what a clause item, a heading or a defined term stands for, with the law behind it.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { ClauseItem } from '../clauses/types';
import { builtInLibrary, type ClauseLibrary } from '../clauses/user';
import { profileIds, type PolicyDocument, type ProfileId, type Section } from '../model/types';
import { getProfile } from '../profiles';
import type { MessageLanguage } from '../rules/types';
import type { Span } from '../text/positions';
import { itemDocumentation, olderArticles, recogniseClauseList } from './completion/clauseLists';
import { frontMatterKeys } from './completion/frontMatter';
import { definitionSentence } from './completion/terms';

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function clauseItemHover(document: PolicyDocument, offset: number, language: MessageLanguage, library: ClauseLibrary): { value: string; span: Span } | undefined {
  // Innermost list first: a nested list sits inside its parent item's span.
  const lists = document.lists.filter((list) => contains(list.span, offset)).sort((a, b) => b.depth - a.depth);
  for (const list of lists) {
    const itemIndex = list.items.findIndex((item) => contains(item.span, offset) && !item.childLists.some((child) => contains(document.lists[child].span, offset)));
    if (itemIndex < 0) continue;
    const recognised = recogniseClauseList(document, list, undefined, library);
    const hovered = list.items[itemIndex];
    const match = recognised?.match?.matches.find((m) => recognised.itemAt(m.itemIndex)?.span.start === hovered.span.start);
    if (!recognised || !match) return undefined;
    const set = library.getSet(recognised.set.id);
    const item = set?.items.find((candidate) => candidate.id === match.clauseItemId);
    if (!set || !item) return undefined;
    const notes: string[] = [];
    if (match.missingConditions.length > 0) {
      notes.push(language === 'ja'
        ? `この項目には法の条件「${match.missingConditions.join('」「')}」が書かれていません。`
        : `This item leaves out the statutory condition(s): ${match.missingConditions.map((c) => `「${c}」`).join(', ')}.`);
    }
    const value = [itemDocumentation(set, item, language), ...notes].join('\n\n');
    return { value, span: hovered.span };
  }
  return undefined;
}

function headingHover(document: PolicyDocument, section: Section, language: MessageLanguage): string {
  const profile = getProfile(document.profile);
  const lines: string[] = [];
  if (section.kinds.length === 0 && section.index === 0 && section.parent === undefined) {
    return language === 'ja' ? '文書の表題（節の種類はありません）' : 'The title of the document (not a section of any kind)';
  }
  if (section.kinds.length === 0) {
    lines.push(language === 'ja' ? '認識された節の種類: なし（見出しから種類を判定できません。`{#purposes}` のように指定できます）' : 'Recognised section kind: none (the title names no known kind; set one with an attribute such as `{#purposes}`)');
    return lines.join('\n\n');
  }
  const via = section.kindSource === 'attribute' ? (language === 'ja' ? '（属性で指定）' : ' (set by attribute)') : '';
  lines.push(`${language === 'ja' ? '認識された節の種類' : 'Recognised section kind'}: \`${section.kinds.join('`, `')}\`${via}`);
  const requirement = profile.sections.find((r) => section.kinds.includes(r.kind) || r.satisfiedBy?.some((kind) => section.kinds.includes(kind)));
  if (requirement) {
    const when = requirement.when ? (language === 'ja' ? `（${requirement.when} に該当する場合）` : ` (when ${requirement.when} applies)`) : '';
    lines.push(`**${profile.title[language]}** — \`${requirement.kind}\`: ${requirement.basis[language]}${when}`, `${language === 'ja' ? 'この節に書くこと' : 'What this section must say'}: ${requirement.content[language]}`);
  } else if (profile.id !== 'none') {
    lines.push(language === 'ja' ? `${profile.title.ja} ではこの節は必須ではありません。` : `${profile.title.en} does not require this section.`);
  }
  const items = profile.items.filter((item) => item.section && section.kinds.includes(item.section));
  if (items.length > 0) lines.push(items.map((item) => `- ${item.label[language]} (${item.basis[language]})`).join('\n'));
  return lines.join('\n\n');
}

/** The word under the cursor when it is a defined term (its definition or any later use). */
function termHover(document: PolicyDocument, offset: number): { value: string; span: Span } | undefined {
  const byLength = [...document.terms].sort((a, b) => b.term.length - a.term.length);
  for (const term of byLength) {
    const length = term.term.length;
    const from = Math.max(0, offset - length);
    const window = document.text.slice(from, offset + length);
    for (let at = window.indexOf(term.term); at >= 0; at = window.indexOf(term.term, at + 1)) {
      const start = from + at;
      if (start <= offset && offset <= start + length) {
        const referent = term.referent ? `**${term.term}** = ${term.referent.text}\n\n` : `**${term.term}**\n\n`;
        return { value: `${referent}> ${definitionSentence(document, term)}`, span: { start, end: start + length } };
      }
    }
  }
  return undefined;
}

/** `::clause{ref="…"}`: the set it stands for and its items. */
function directiveHover(document: PolicyDocument, offset: number, language: MessageLanguage, library: ClauseLibrary): { value: string; span: Span } | undefined {
  const line = document.lines.lineAt(offset);
  const start = document.lines.lineStart(line);
  const match = /::clause\{[^}]*\bref=["']?([\w-]+)["']?[^}]*\}/u.exec(document.text.slice(start, document.lines.lineEnd(line)));
  if (!match || offset < start + match.index || offset > start + match.index + match[0].length) return undefined;
  const set = library.getSet(match[1]);
  const span = { start: start + match.index, end: start + match.index + match[0].length };
  if (!set) return { value: language === 'ja' ? `条項セット「${match[1]}」は見つかりません。` : `Unknown clause set \`${match[1]}\`.`, span };
  const optional = (item: ClauseItem) => item.academic ? (language === 'ja' ? '（学術研究機関等のみ）' : ' (academic institutions only)') : item.optional ? (language === 'ja' ? '（任意）' : ' (optional)') : '';
  const items = set.items.map((item) => `${item.number}. ${item.short[language]}${optional(item)}`).join('\n');
  return { value: [`**${set.title[language]}**`, olderArticles(set, language), items].filter(Boolean).join('\n\n'), span };
}

/** A front matter key: what it means; a profile value: which law it applies. */
function frontMatterHover(document: PolicyDocument, offset: number, language: MessageLanguage): { value: string; span: Span } | undefined {
  const entry = document.frontMatter?.entries.find((candidate) => contains(candidate.keySpan, offset) || contains(candidate.valueSpan, offset));
  if (!entry) return undefined;
  if (contains(entry.valueSpan, offset) && entry.key === 'profile' && profileIds.includes(entry.value as ProfileId)) {
    const profile = getProfile(entry.value as ProfileId);
    return { value: `**${profile.title[language]}**\n\n${profile.law[language]}${profile.inForceSince ? ` (${profile.inForceSince}〜)` : ''}`, span: entry.valueSpan };
  }
  const key = frontMatterKeys.find((candidate) => candidate.key === entry.key);
  return key ? { value: `\`${key.key}\`: ${key.description[language]}`, span: entry.keySpan } : undefined;
}

export function hoverAt(document: PolicyDocument, offset: number, language: MessageLanguage, library: ClauseLibrary = builtInLibrary): Hover | null {
  const front = frontMatterHover(document, offset, language);
  if (front) return { contents: { kind: MarkupKind.Markdown, value: front.value }, range: document.lines.rangeOf(front.span) };
  const section = document.sections.find((s) => contains(s.headingSpan, offset));
  const term = termHover(document, offset);
  if (term) return { contents: { kind: MarkupKind.Markdown, value: term.value }, range: document.lines.rangeOf(term.span) };
  if (section) return { contents: { kind: MarkupKind.Markdown, value: headingHover(document, section, language) }, range: document.lines.rangeOf(section.headingSpan) };
  const directive = directiveHover(document, offset, language, library);
  if (directive) return { contents: { kind: MarkupKind.Markdown, value: directive.value }, range: document.lines.rangeOf(directive.span) };
  const clause = clauseItemHover(document, offset, language, library);
  if (clause) return { contents: { kind: MarkupKind.Markdown, value: clause.value }, range: document.lines.rangeOf(clause.span) };
  return null;
}
