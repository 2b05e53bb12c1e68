import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { fixturesDir } from './helpers';

export const navigationFixture = (name: string) => readFileSync(join(fixturesDir, 'navigation', name), 'utf8');

/** A document with the service that answers for it, and helpers to point at text by what it says. */
export function open(text: string, settings: Partial<DocumentSettings> = {}, uri = 'file:///nav.policy.md') {
  const service = createPolicyLanguageService();
  const document = TextDocument.create(uri, 'policy-markdown', 1, text);
  const full: DocumentSettings = { messageLanguage: 'en', profile: 'auto', ...settings };
  /** The position of the `nth` (0-based) occurrence of `needle`, plus `delta` characters. */
  const at = (needle: string, nth = 0, delta = 0): Position => {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) throw new Error(`"${needle}" #${nth} not in the text`);
    }
    return document.positionAt(index + delta);
  };
  const textOf = (range: Range) => document.getText(range);
  const lineOf = (range: Range) => range.start.line + 1;
  return { service, document, settings: full, at, textOf, lineOf };
}
