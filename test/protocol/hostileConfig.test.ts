import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { startLspServer } from './lspClient';

const text = ['# Privacy policy', '', `## ${'a'.repeat(3000)}!`, '', 'We keep your name (a+)+$ safe.', ''].join('\n');

suite('Hostile .policymd.json through the server', function () {
  this.timeout(30000);
  let dir = '';
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'policymd-hostile-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, content, expected] of [
    ['not JSON', '{ "profile": "jp-appi", ', /JSON|Unexpected|Expected/],
    ['hostile values', JSON.stringify({ profile: 7, rules: { constructor: 'off' }, vocabulary: { misspellings: [{ wrong: '(a+)+$', right: 'x' }] }, headingSynonyms: { contact: ['(a|a)*b'] } }).replace('{', '{"__proto__":{"polluted":true},'), /__proto__/],
    ['too large', `{"x":"${'a'.repeat(1_100_000)}"}`, /larger than 1 MB/],
  ] as const) {
    test(`A config file that is ${name} is reported on the file; the policy is still checked with what is valid`, async () => {
      writeFileSync(join(dir, '.policymd.json'), content);
      const session = await startLspServer();
      try {
        const uri = pathToFileURL(join(dir, 'policy.policy.md')).href;
        const configUri = pathToFileURL(join(dir, '.policymd.json')).href;
        await session.open(uri, text);
        const onConfig = await session.diagnostics(configUri, (p) => p.diagnostics.length > 0);
        const messages = onConfig.diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
        assert.ok(messages.some((message) => expected.test(message)), messages.join('\n'));
        assert.ok(messages.every((message) => message.startsWith('.policymd.json: ')));
        const started = performance.now();
        const onPolicy = await session.diagnostics(uri, (p) => p.version === 1);
        assert.ok(performance.now() - started < 10000);
        assert.ok(onPolicy.diagnostics.length > 0, 'the policy is analysed');
        assert.ok(Array.isArray(await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })), 'the server still answers');
        if (name === 'hostile values') assert.ok(onPolicy.diagnostics.some((d) => d.code === 'known-misspelling'), 'the valid misspelling entry is used, literally');
      } finally {
        await session.stop();
      }
    });
  }
});
