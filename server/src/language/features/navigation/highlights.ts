import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../../model/types';
import { nameAt } from './names';

/** The uses of the name under the cursor; its definitions are marked as writes so they stand out. */
export function highlightsAt(document: PolicyDocument, position: Position): DocumentHighlight[] {
  const found = nameAt(document, document.lines.offsetAt(position));
  if (!found) return [];
  const { definitions, occurrences } = found.thing;
  return occurrences.map((span) => ({
    range: document.lines.rangeOf(span),
    kind: definitions.some((d) => d.start === span.start) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
