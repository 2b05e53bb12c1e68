import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { joinLines } from './helpers';

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'eu-gdpr' };

function complete(source: string, overrides: Partial<DocumentSettings> = {}): CompletionItem[] {
  const offset = source.indexOf('|');
  assert.ok(offset >= 0, 'fixture has a cursor marker');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const document = TextDocument.create('file:///test.policy.md', 'policy-markdown', 1, text);
  return createPolicyLanguageService().getCompletions(document, document.positionAt(offset), { ...settings, ...overrides }).items;
}

const ids = (items: readonly CompletionItem[]) => items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter((id) => id !== undefined);
const head = ['# Privacy notice', '', '## Your information', ''];

suite('completion: GDPR Art. 13/14 information lists', () => {
  test('under "we will provide you with the following information", the missing Art. 13(1) points, as list items', () => {
    const source = joinLines(...head, 'When we collect your personal data, we will provide you with the following information:', '',
      '- The identity and the contact details of the controller.',
      '- The purposes of the processing for which the personal data are intended as well as the legal basis for the processing.',
      '- |', '');
    const items = complete(source);
    assert.deepEqual(ids(items), ['gdpr-13-1-2', 'gdpr-13-1-4', 'gdpr-13-1-5', 'gdpr-13-1-6']);
    const recipients = items.find((item) => ids([item])[0] === 'gdpr-13-1-5');
    assert.equal((recipients?.textEdit as TextEdit).newText, 'The recipients or categories of recipients of the personal data, if any.');
    assert.match(String(recipients?.labelDetails?.description), /GDPR Art\. 13\(1\)\(e\)/);
  });

  test('once paragraph (1) is complete, the Art. 13(2) points follow', () => {
    const points = [
      'The identity and the contact details of the controller.',
      'The contact details of the data protection officer, where applicable.',
      'The purposes of the processing for which the personal data are intended as well as the legal basis for the processing.',
      'Where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party.',
      'The recipients or categories of recipients of the personal data, if any.',
      'Where applicable, the fact that the controller intends to transfer personal data to a third country or international organisation and the existence or absence of an adequacy decision by the Commission.',
    ];
    const source = joinLines(...head, 'We will provide you with the following information:', '', ...points.map((point) => `- ${point}`), '- |', '');
    assert.deepEqual(ids(complete(source)).slice(0, 2), ['gdpr-13-2-1', 'gdpr-13-2-2']);
  });

  test('data obtained elsewhere: an empty list offers the Art. 14(1) points', () => {
    const source = joinLines(...head, 'Where your personal data have not been obtained from you, we will give you the following information:', '', '- |', '');
    assert.equal(ids(complete(source))[0], 'gdpr-14-1-1');
  });

  test('"we collect the following information", or another profile, offers no GDPR points', () => {
    const collected = joinLines(...head, 'We collect the following information:', '', '- Your name', '- |', '');
    assert.deepEqual(ids(complete(collected)), []);
    const other = joinLines(...head, 'We will provide you with the following information:', '', '- |', '');
    assert.deepEqual(ids(complete(other, { profile: 'none' })), []);
  });
});
