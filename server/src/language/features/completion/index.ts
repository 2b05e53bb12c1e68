import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { ClauseLibrary } from '../../clauses/user';
import type { PolicyDocument } from '../../model/types';
import type { MessageLanguage } from '../../rules/types';
import { clauseRefCompletions } from './clauseRef';
import { completionContext, type CompletionContext } from './context';
import { exceptionListCompletions } from './exceptionList';
import { frontMatterCompletions } from './frontMatter';
import { headingCompletions } from './headings';
import { numberedParagraphCompletions } from './numberedParagraphs';
import { tableCompletions } from './tables';
import { termCompletions } from './terms';

/** Most specific first: the first context that has something to offer answers alone. */
const providers: readonly ((context: CompletionContext) => CompletionItem[])[] = [
  frontMatterCompletions,
  clauseRefCompletions,
  headingCompletions,
  termCompletions,
  tableCompletions,
  exceptionListCompletions,
  numberedParagraphCompletions,
];

/**
 * Completions at an offset of a built model. Reads only the cached model, so it costs a few
 * list scans and, for exception lists, one clause match of a short list.
 */
export function completionsAt(document: PolicyDocument, offset: number, messageLanguage: MessageLanguage, clauses?: ClauseLibrary): CompletionList {
  const context = completionContext(document, offset, messageLanguage, clauses);
  for (const provide of providers) {
    const items = provide(context);
    // Each context replaces its own range and filters itself; let the client refilter as the writer types.
    if (items.length > 0) return { isIncomplete: false, items };
  }
  return { isIncomplete: false, items: [] };
}
