import type { PolicyDocument } from '../../model/types';
import type { ClauseLibrary } from '../../clauses/user';
import type { MessageLanguage } from '../../rules/types';

/** What every completion context needs to know about the cursor; computed once per request. */
export interface CompletionContext {
  readonly document: PolicyDocument;
  readonly offset: number;
  /** 0-based line of the cursor. */
  readonly line: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The line's text up to the cursor, and after it. */
  readonly before: string;
  readonly after: string;
  readonly messageLanguage: MessageLanguage;
  /** The clause sets of the document's configuration; the built-in ones when absent. */
  readonly clauses?: ClauseLibrary;
}

export function completionContext(document: PolicyDocument, offset: number, messageLanguage: MessageLanguage, clauses?: ClauseLibrary): CompletionContext {
  const clamped = document.lines.clamp(offset);
  const line = document.lines.lineAt(clamped);
  const lineStart = document.lines.lineStart(line);
  const lineEnd = document.lines.lineEnd(line);
  const at = Math.min(clamped, lineEnd);
  return {
    document,
    offset: at,
    line,
    lineStart,
    lineEnd,
    before: document.text.slice(lineStart, at),
    after: document.text.slice(at, lineEnd),
    messageLanguage,
    ...(clauses ? { clauses } : {}),
  };
}

/** Sort keys that keep the order a context chose, whatever the client's own sorting. */
export function sortKey(index: number): string {
  return String(index).padStart(4, '0');
}
