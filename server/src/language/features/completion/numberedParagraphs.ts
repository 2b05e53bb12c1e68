// Context 1, continued: exception lists written as numbered paragraphs rather than Markdown
// lists. The run is read as the exception-list rules read it (rules/legal/numbered-paragraphs.ts);
// the inserted items take the run's numbering and spacing.
import type { CompletionItem } from 'vscode-languageserver-types';
import type { ClauseItem } from '../../clauses/types';
import { formatNumbering } from '../../model/numbering';
import { sectionAt } from '../../model/sections';
import { endLike } from '../../rules/legal/insertions';
import { numberedLine, runAbove } from '../../rules/legal/numbered-paragraphs';
import { recogniseParagraphRun } from './clauseLists';
import type { CompletionContext } from './context';
import { clauseItemCompletions, itemText, renderOptions } from './exceptionList';

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
  const recognised = recogniseParagraphRun(document, run, section, context.clauses);
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
