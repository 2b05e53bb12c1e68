import type { Location, Position } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../../model/types';
import { nameAt } from './names';

/** Every use of the defined term or recipient under the cursor, in text, headings and tables. */
export function referencesAt(document: PolicyDocument, position: Position, includeDeclaration: boolean): Location[] {
  const found = nameAt(document, document.lines.offsetAt(position));
  if (!found) return [];
  const { definitions, occurrences } = found.thing;
  return occurrences
    .filter((span) => includeDeclaration || !definitions.some((d) => d.start === span.start))
    .map((span) => ({ uri: document.uri, range: document.lines.rangeOf(span) }));
}
