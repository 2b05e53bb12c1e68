import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { onlyRules, runCli, tempDir, writeTree } from './cliHelpers';
import { acmeOutsourcing as clauseSet } from '../unit/clauseSetFixtures';

const policy = [
  '# プライバシーポリシー',
  '',
  '## 業務の委託',
  '',
  '当社は、個人情報の取扱いを委託する場合、委託先との契約において次の事項を定めます。',
  '',
  '- 委託先に秘密保持の義務を課すこと',
  '- 委託した業務の目的以外での利用を禁止すること',
  '',
  '## 委託先標準条項',
  '',
  '::clause{ref="acme-outsourcing"}',
  '',
].join('\n');

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; messageId: string; message: string; line: number; fixable: boolean }[];
}

suite('policymd with clauseSets in .policymd.json (process)', () => {
  test('check reports the list that lacks an item of the set; render expands ::clause from the set', () => {
    const root = tempDir();
    try {
      const config = { ...JSON.parse(onlyRules(['incomplete-exception-list'])), clauseSets: [clauseSet] };
      writeTree(root, { '.policymd.json': JSON.stringify(config), 'a.policy.md': policy });
      const run = runCli(['check', '--format', 'json', '--message-language', 'en', 'a.policy.md'], root);
      const [result] = JSON.parse(run.stdout) as JsonResult[];
      const found = result.messages.filter((m) => m.ruleId === 'incomplete-exception-list');
      // Adding an item widens what the policy promises, so its fix is never applied by `policymd fix`.
      assert.deepEqual(found.map((m) => [m.messageId, m.line, m.fixable]), [['acme-outsourcing', 7, false]]);
      assert.match(found[0].message, /Acme standard outsourcing clause.*"Subcontracting"/);

      assert.equal(runCli(['render', 'a.policy.md', '-o', 'a.html'], root).status, 0);
      const html = readFileSync(join(root, 'a.html'), 'utf8');
      for (const item of clauseSet.items) assert.ok(html.includes(item.text), `${item.id} is rendered`);
      assert.doesNotMatch(html, /<p[^>]*class="clause-missing"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a bad clause set stops the run with exit 2 and names where it is', () => {
    const root = tempDir();
    try {
      writeTree(root, { '.policymd.json': JSON.stringify({ clauseSets: [{ ...clauseSet, id: 'appi-27-1' }] }), 'a.policy.md': policy });
      const run = runCli(['check', 'a.policy.md'], root);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /clauseSets\.0: .*reserved/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
