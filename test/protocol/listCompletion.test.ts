import * as assert from 'node:assert/strict';
import { CompletionRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { startLspServer, type LspSession } from './lspClient';

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

const ids = (list: readonly CompletionItem[]) => list.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter(Boolean);

suite('protocol: completion of numbered-paragraph and GDPR information lists', () => {
  let session: LspSession;
  suiteSetup(async () => {
    session = await startLspServer({ locale: 'ja' });
  });
  suiteTeardown(async () => {
    await session.stop();
  });

  test('a run of （n） paragraphs under a third-party sentence is continued with （3） by the real server', async () => {
    const uri = 'file:///protocol/numbered-paragraphs.policy.md';
    const text = [
      '# 個人情報保護方針',
      '',
      '## 第三者提供',
      '',
      '当社は、次に掲げる場合を除き、あらかじめお客様の同意を得ないで、個人データを第三者に提供しません。',
      '（1）法令に基づく場合',
      '（2）人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき',
      '',
    ].join('\n');
    await session.open(uri, text);
    const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 0 } }));
    assert.equal(ids(result)[0], 'appi-27-1-3');
    assert.match(result[0].textEdit?.newText ?? '', /^（3）公衆衛生の向上/u);
  });

  test('an English eu-gdpr list introduced as the information we provide gets the Art. 13(1) points', async () => {
    const uri = 'file:///protocol/gdpr-information.policy.md';
    const text = ['---', 'profile: eu-gdpr', 'lang: en', '---', '', '# Privacy notice', '', 'We will provide you with the following information:', '', '- ', ''].join('\n');
    await session.open(uri, text);
    const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 9, character: 2 } }));
    assert.deepEqual(ids(result), ['gdpr-13-1-1', 'gdpr-13-1-2', 'gdpr-13-1-3', 'gdpr-13-1-4', 'gdpr-13-1-5', 'gdpr-13-1-6']);
    assert.match(result[0].textEdit?.newText ?? '', /^The identity and the contact details of the controller/u);
  });
});
