// Context 3: on a new heading line, the sections the profile still requires (then the other
// standard ones); accepting inserts the heading and a skeleton with tab stops.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { formatNumbering } from '../../model/numbering';
import type { PolicyDocument, Section, SectionKind } from '../../model/types';
import { getProfile, type SectionRequirement } from '../../profiles';
import { documentWording } from '../../clauses/vocabulary';
import { sortKey, type CompletionContext } from './context';
import { sectionSkeleton, skeletonKinds, snippetText } from './skeletons';

const headingLine = /^(#{1,6})(?:[ \t]+([^#]*))?$/u;

function present(document: PolicyDocument, requirement: SectionRequirement, except?: Section): boolean {
  const kinds = [requirement.kind, ...(requirement.satisfiedBy ?? [])];
  return document.sections.some((section) => section !== except && section.kinds.some((kind) => kinds.includes(kind)));
}

/** Numbering of the previous heading at this level, continued (「3.」 → 「4.」). */
function continuedNumbering(document: PolicyDocument, level: number, offset: number): string {
  const previous = [...document.sections].reverse().find((section) => section.headingSpan.start < offset && section.level === level && !section.pseudo);
  if (!previous?.numbering) return '';
  const gap = /^[ \t\u3000]*/u.exec(document.text.slice(previous.numbering.span.end))?.[0] ?? ' ';
  return `${formatNumbering(previous.numbering, previous.numbering.value + 1)}${gap}`;
}

export function headingCompletions(context: CompletionContext): CompletionItem[] {
  const match = headingLine.exec(context.before);
  if (!match || context.after.trim() !== '') return [];
  const { document, messageLanguage } = context;
  const hashes = match[1];
  const current = document.sections.find((section) => section.headingSpan.start === context.lineStart);
  const profile = getProfile(document.profile);
  const language = document.language;
  const options = { vocabulary: documentWording(document) };
  const numbering = continuedNumbering(document, hashes.length, context.lineStart);
  const range = { start: document.lines.positionAt(context.lineStart), end: document.lines.positionAt(context.lineEnd) };

  const offered: { kind: SectionKind; requirement?: SectionRequirement; rank: number }[] = [];
  for (const requirement of profile.sections) {
    if (present(document, requirement, current)) continue;
    offered.push({ kind: requirement.kind, requirement, rank: requirement.when ? 1 : 0 });
  }
  for (const kind of skeletonKinds(language)) {
    if (offered.some((entry) => entry.kind === kind) || profile.sections.some((r) => r.kind === kind)) continue;
    if (document.sections.some((section) => section !== current && section.kinds.includes(kind))) continue;
    offered.push({ kind, rank: 2 });
  }
  offered.sort((a, b) => a.rank - b.rank);

  return offered.flatMap(({ kind, requirement, rank }, index) => {
    const skeleton = sectionSkeleton(kind, language, options);
    const heading = requirement && language === 'ja' ? requirement.heading.ja : (skeleton?.heading ?? requirement?.heading[language]);
    if (!heading) return [];
    const title = `${numbering}${heading}`;
    const status = rank === 0
      ? messageLanguage === 'ja' ? '必須' : 'required'
      : rank === 1 ? (messageLanguage === 'ja' ? '該当する場合に必須' : 'required if applicable') : messageLanguage === 'ja' ? '任意' : 'optional';
    const docs = requirement
      ? `**${requirement.basis[messageLanguage]}**\n\n${requirement.content[messageLanguage]}`
      : messageLanguage === 'ja' ? '標準的な節です。' : 'A standard section.';
    const body = skeleton ? `${skeleton.body}\n` : '';
    return [{
      label: heading,
      labelDetails: { description: status },
      kind: CompletionItemKind.Module,
      detail: `${status} · ${kind}`,
      documentation: { kind: MarkupKind.Markdown, value: docs },
      sortText: sortKey(index),
      filterText: `${hashes} ${title}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${hashes} ${snippetText(title)}\n\n${body}$0` },
      data: { sectionKind: kind },
    } satisfies CompletionItem];
  });
}
