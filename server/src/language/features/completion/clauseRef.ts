// Context 2: inside `::clause{ref="…` the ids of the clause sets, with their titles.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { clauseSets } from '../../clauses/library';
import { olderArticles } from './clauseLists';
import { sortKey, type CompletionContext } from './context';

const refOpen = /::clause\{[^}]*\bref=(["']?)([\w-]*)$/u;

export function clauseRefCompletions(context: CompletionContext): CompletionItem[] {
  const match = refOpen.exec(context.before);
  if (!match) return [];
  const quote = match[1];
  const typedStart = context.offset - match[2].length;
  // Replace the whole id under the cursor, and close the quote when the writer has not yet.
  const rest = /^[\w-]*/u.exec(context.after)?.[0] ?? '';
  const following = context.after.slice(rest.length);
  const closing = `${quote !== '' && !following.startsWith(quote) ? quote : ''}${following.replace(/^["']/u, '').startsWith('}') ? '' : '}'}`;
  const range = { start: context.document.lines.positionAt(typedStart), end: context.document.lines.positionAt(context.offset + rest.length) };
  const language = context.messageLanguage;
  return (context.clauses?.sets ?? clauseSets).map((set, index) => ({
    label: set.id,
    labelDetails: { description: set.title[language] },
    kind: CompletionItemKind.Reference,
    detail: set.title[language],
    documentation: {
      kind: MarkupKind.Markdown,
      value: [`**${set.title[language]}**`, olderArticles(set, language), set.items.map((item) => `${item.number}. ${item.short[language]}`).join('\n')].filter(Boolean).join('\n\n'),
    },
    sortText: sortKey(index),
    filterText: set.id,
    textEdit: { range, newText: `${set.id}${closing}` },
  }));
}
