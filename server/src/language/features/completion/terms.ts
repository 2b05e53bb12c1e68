// Context 6: after 「 (or an opening quote in English), the terms the document defines.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { DefinedTerm, PolicyDocument } from '../../model/types';
import { sortKey, type CompletionContext } from './context';

const pairs: Record<string, string> = { '「': '」', '『': '』', '"': '"', '“': '”' };
const openQuote = /([「『"“])([^「」『』"“”\n]{0,30})$/u;

/** The sentence a term is defined in, for documentation and hover. */
export function definitionSentence(document: PolicyDocument, term: DefinedTerm): string {
  const text = document.text;
  let start = term.definitionSpan.start;
  while (start > 0 && !/[。．.\n]/u.test(text[start - 1])) start--;
  // A full stop inside the defining bracket (「…といいます。）」) does not end the sentence.
  let depth = 0;
  for (const char of text.slice(start, term.definitionSpan.end)) depth = Math.max(0, depth + (/[（(]/u.test(char) ? 1 : /[）)]/u.test(char) ? -1 : 0));
  let end = term.definitionSpan.end;
  for (; end < text.length && text[end] !== '\n'; end++) {
    const char = text[end];
    if (/[（(]/u.test(char)) depth++;
    else if (/[）)]/u.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。．]/u.test(char)) {
      end++;
      break;
    }
  }
  return text.slice(start, end).replace(/^[\s#>*\-\d.()（）]+/u, '').trim();
}

export function termCompletions(context: CompletionContext): CompletionItem[] {
  const match = openQuote.exec(context.before);
  if (!match) return [];
  const { document } = context;
  // A straight quote that closes an earlier one on the line is not an opening quote.
  if (match[1] === '"' && (context.before.slice(0, match.index).split('"').length - 1) % 2 === 1) return [];
  const closing = pairs[match[1]];
  const typed = match[2];
  const from = context.offset - typed.length;
  const hasClosing = context.after.startsWith(closing);
  const range = { start: document.lines.positionAt(from), end: document.lines.positionAt(context.offset) };
  const seen = new Set<string>();
  const terms = document.terms.filter((term) => {
    // The definition being typed is not a term to offer yet.
    if (seen.has(term.term) || (term.span.start <= context.offset && context.offset <= term.span.end)) return false;
    seen.add(term.term);
    return true;
  });
  return terms.map((term, index) => ({
    label: term.term,
    labelDetails: term.referent ? { description: term.referent.text } : undefined,
    kind: CompletionItemKind.Constant,
    documentation: { kind: MarkupKind.Markdown, value: definitionSentence(document, term) },
    sortText: sortKey(index),
    textEdit: { range, newText: hasClosing ? term.term : `${term.term}${closing}` },
  }));
}
