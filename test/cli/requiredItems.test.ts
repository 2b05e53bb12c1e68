import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { onlyRules, runCli, tempDir, writeTree } from './cliHelpers';

suite('policymd check with requiredItems in .policymd.json (process)', () => {
  test('a user-defined required item is reported with its id as messageId, and disappears once written', () => {
    const root = tempDir();
    try {
      const config = { ...JSON.parse(onlyRules(['required-item'])), requiredItems: [{ id: 'privacy-manager', keywords: ['個人情報保護管理者'], message: { ja: '個人情報保護管理者を書いてください。', en: 'Name the privacy manager.' } }] };
      const policy = ['# プライバシーポリシー', '', '個人情報を適切に取り扱います。', ''].join('\n');
      writeTree(root, { '.policymd.json': JSON.stringify(config), 'a.policy.md': policy, 'b.policy.md': policy + '\n個人情報保護管理者: 管理部長\n' });
      const run = runCli(['check', '--format', 'json', '--message-language', 'en', 'a.policy.md', 'b.policy.md'], root);
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; messageId: string; message: string }[] }[];
      const custom = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages.filter((m) => m.messageId === 'privacy-manager');
      assert.deepEqual(custom('a.policy.md').map((m) => [m.ruleId, m.message]), [['required-item', 'Name the privacy manager.']]);
      assert.deepEqual(custom('b.policy.md'), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
