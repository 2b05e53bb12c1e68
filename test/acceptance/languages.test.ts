import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startLspServer } from '../protocol/lspClient';
import { sharedDir } from '../unit/helpers';

const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
const text = (message: Diagnostic['message']) => (typeof message === 'string' ? message : message.value);

/** Opens `content` in the real server started with the client display language `locale`. */
async function diagnosticsIn(locale: string, content: string): Promise<Diagnostic[]> {
  const session = await startLspServer({ locale });
  const uri = 'file:///seed/second.policy.md';
  try {
    await session.open(uri, content);
    return (await session.diagnostics(uri, () => true, 20000)).diagnostics;
  } finally {
    await session.stop();
  }
}

suite('The second seed in the editor\'s display language', function () {
  this.timeout(60000);

  test('ja gives Japanese messages and en English ones, for the same findings', async () => {
    const second = readdirSync(join(sharedDir, 'seeds')).filter((name) => name.endsWith('.txt')).sort()[1];
    assert.ok(second, 'the second seed exists');
    const content = readFileSync(join(sharedDir, 'seeds', second), 'utf8');
    const ja = await diagnosticsIn('ja', content);
    const en = await diagnosticsIn('en', content);
    assert.ok(ja.length > 0, 'the seed has findings');
    const where = (d: Diagnostic) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;
    assert.deepEqual(ja.map(where), en.map(where));
    ja.forEach((diagnostic, index) => assert.notEqual(text(diagnostic.message), text(en[index].message), 'worded in each language'));
    for (const diagnostic of ja) assert.ok(japanese.test(text(diagnostic.message)), `ja: ${text(diagnostic.message)}`);
    for (const diagnostic of en) {
      // English messages may quote the policy's Japanese words; without the quotes they are English.
      const unquoted = text(diagnostic.message).replace(/「[^」]*」|“[^”]*”|"[^"]*"|（[^）]*）|\([^)]*[\u3040-\u9fff][^)]*\)/g, '');
      assert.match(unquoted, /[A-Za-z]{3}/, `en: ${text(diagnostic.message)}`);
    }
  });
});
