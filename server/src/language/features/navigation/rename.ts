import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../../model/types';
import type { LocalizedText, MessageLanguage } from '../../rules/types';
import { nameAt, namedThings } from './names';

export type RenameResult = { readonly edit: WorkspaceEdit } | { readonly error: string };

/** The name under the cursor and its range, or undefined where nothing can be renamed. */
export function prepareRenameAt(document: PolicyDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const found = nameAt(document, document.lines.offsetAt(position));
  return found ? { range: document.lines.rangeOf(found.span), placeholder: found.thing.name } : undefined;
}

function refusal(message: LocalizedText, language: MessageLanguage): { error: string } {
  return { error: message[language] };
}

/**
 * Renames a defined term or recipient everywhere it is used. Each edit replaces exactly one use,
 * so the surrounding text, table layout and headings stay as written. A name that another term or
 * recipient already has is refused: the two would merge and could not be told apart again.
 */
export function renameAt(document: PolicyDocument, position: Position, newName: string, language: MessageLanguage): RenameResult | undefined {
  const found = nameAt(document, document.lines.offsetAt(position));
  if (!found) return undefined;
  const { thing } = found;
  const name = newName.trim();
  if (!name || /[\r\n|「」『』]/.test(name)) {
    return refusal(
      {
        ja: `「${newName}」は名前として使えません。改行、|、かぎかっこを含まない名前を指定してください。`,
        en: `"${newName}" cannot be used as a name: it must not be empty or contain line breaks, | or Japanese quotation brackets.`,
      },
      language,
    );
  }
  if (name === thing.name) return { edit: { changes: { [document.uri]: [] } } };
  const other = namedThings(document).find((candidate) => candidate !== thing && candidate.name === name);
  if (other) {
    const line = document.lines.positionAt(other.definitions[0].start).line + 1;
    const what = other.kind === 'term' ? { ja: '定義語', en: 'defined term' } : { ja: '提供先', en: 'recipient' };
    return refusal(
      {
        ja: `「${name}」は ${line} 行目の${what.ja}としてすでに使われています。同じ名前にすると二つを区別できなくなるため、別の名前を指定してください。`,
        en: `"${name}" is already a ${what.en} (line ${line}). Renaming to it would merge the two names so that they could no longer be told apart; choose another name.`,
      },
      language,
    );
  }
  return { edit: { changes: { [document.uri]: thing.occurrences.map((span) => ({ range: document.lines.rangeOf(span), newText: name })) } } };
}
