// Context 1, continued: exception lists written as numbered paragraphs rather than Markdown
// lists (「（1）法令に基づく場合」「② …」 one per line under the introducing sentence). Markdown
// sees such lines as one paragraph, or as several when blank lines separate them, so the run is
// read line by line here; the inserted items take the run's numbering and spacing.
import type { CompletionItem } from 'vscode-languageserver-types';
import type { ClauseItem } from '../../clauses/types';
import { formatNumbering, parseNumbering } from '../../model/numbering';
import { sectionAt } from '../../model/sections';
import type { Numbering, PolicyDocument } from '../../model/types';
import { endLike } from '../../rules/legal/insertions';
import { recogniseClauseTexts } from './clauseLists';
import type { CompletionContext } from './context';
import { clauseItemCompletions, itemText, renderOptions } from './exceptionList';

interface NumberedLine {
  readonly line: number;
  readonly numbering: Numbering;
  /** The text after the number and the space after it. */
  readonly text: string;
  readonly indent: string;
  readonly gap: string;
}

interface Run {
  readonly lines: readonly NumberedLine[];
  readonly introduction: string;
  /** Blank lines between the items: each is its own paragraph, and so is each inserted item. */
  readonly separated: boolean;
}

// Markdown's own list items and block starts are read by the list context, or are not paragraphs.
const notParagraph = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#|>|\||```|~~~|:::)/u;

function numberedLine(document: PolicyDocument, line: number): NumberedLine | undefined {
  const start = document.lines.lineStart(line);
  const text = document.text.slice(start, document.lines.lineEnd(line));
  if (notParagraph.test(text)) return undefined;
  const numbering = parseNumbering(text, start);
  // 「1.5倍」 or an article heading are not item numbers of an exception list.
  if (!numbering || numbering.style === 'article' || numbering.style === 'chapter' || numbering.style === 'outline') return undefined;
  // Prose only: not a numbered line in a code block, HTML or the front matter.
  if (!document.segments.some((segment) => segment.span.start <= numbering.span.start && numbering.span.start < segment.span.end)) return undefined;
  const after = text.slice(numbering.span.end - start);
  const gap = /^[ \t\u3000]*/u.exec(after)?.[0] ?? '';
  return { line, numbering, text: after.slice(gap.length), indent: text.slice(0, numbering.span.start - start), gap };
}

/** The numbered lines above `line` in one style, up to the sentence that introduces them. */
function runAbove(document: PolicyDocument, line: number, style?: Numbering['style']): Run | undefined {
  const lines: NumberedLine[] = [];
  let separated = false;
  let blank = false;
  for (let current = line - 1; current >= 0; current--) {
    const text = document.text.slice(document.lines.lineStart(current), document.lines.lineEnd(current));
    if (text.trim() === '') {
      // Two blank lines, or a blank line before the first item found, end the run.
      if (blank) break;
      blank = true;
      continue;
    }
    const numbered = numberedLine(document, current);
    if (numbered && (style === undefined || numbered.numbering.style === style) && (lines.length === 0 || numbered.numbering.value < lines[0].numbering.value)) {
      if (blank && lines.length > 0) separated = true;
      blank = false;
      style ??= numbered.numbering.style;
      lines.unshift(numbered);
      continue;
    }
    if (lines.length === 0 || notParagraph.test(text) || numbered) return undefined;
    return { lines, introduction: text.trim(), separated };
  }
  return undefined;
}

export function numberedParagraphCompletions(context: CompletionContext): CompletionItem[] {
  const { document, line, lineStart, before } = context;
  if (context.after.trim() !== '' || document.language !== 'ja') return [];
  // Inside a list item too (「3. 第三者提供」 whose body numbers its exceptions （1）（2）…): the list
  // context has already answered for marker lines and the lines right after a list.
  const typed = before.trim() === '' ? undefined : numberedLine(document, line);
  if (before.trim() !== '' && !typed) return [];
  const run = runAbove(document, line, typed?.numbering.style);
  if (!run) return [];
  // The cursor must continue the run: on the line right after it (or after one blank line when
  // its items are separated) or on a line already numbered in its style.
  const last = run.lines[run.lines.length - 1];
  if (!typed && line - last.line > (run.separated ? 2 : 1)) return [];
  if (typed && typed.text.length > 12) return [];
  const section = sectionAt(document.sections, lineStart);
  const recognised = recogniseClauseTexts(document, run.lines.map((entry) => entry.text), run.introduction, section, context.clauses);
  if (!recognised || recognised.missing.length === 0) return [];
  const options = renderOptions(document);
  const next = typed ? typed.numbering.value : last.numbering.value + 1;
  const separator = run.separated ? '\n\n' : '\n';
  const lineFor = (item: ClauseItem, step: number) => {
    // Endings follow the run (「…場合」 or 「…場合。」); a user set's wording is kept as approved.
    const text = itemText(document, recognised.set, item, options);
    const body = recognised.set.law === 'user' ? text : endLike(text, run.lines);
    if (step === 0 && typed) return body;
    return `${last.indent}${formatNumbering(last.numbering, next + step)}${last.gap}${body}`;
  };
  // On a numbered line the number stays and the text after it is replaced.
  const replaceStart = typed ? typed.numbering.span.end + typed.gap.length : lineStart;
  const filterPrefix = typed ? '' : before;
  if (typed && typed.gap === '' && typed.text === '' && last.gap !== '') {
    return clauseItemCompletions(context, recognised.set, recognised.missing, (item, step) => (step === 0 ? `${last.gap}${lineFor(item, 0)}` : lineFor(item, step)), replaceStart, filterPrefix, separator);
  }
  return clauseItemCompletions(context, recognised.set, recognised.missing, lineFor, replaceStart, filterPrefix, separator);
}
