import type { Location, Position } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../../model/types';
import { nameAt } from './names';

/** Where the defined term or recipient under the cursor is defined; a term defined twice has two places. */
export function definitionAt(document: PolicyDocument, position: Position): Location[] {
  const found = nameAt(document, document.lines.offsetAt(position));
  if (!found) return [];
  return found.thing.definitions.map((span) => ({ uri: document.uri, range: document.lines.rangeOf(span) }));
}
