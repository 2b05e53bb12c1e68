import * as assert from 'node:assert/strict';
import { validateConfig } from '../../server/src/language/config';
import { applyEdits } from '../../server/src/language/features/fixes';
import { analyze, joinLines } from './helpers';

const policy = joinLines(
  '# プライバシーポリシー',
  '',
  '株式会社テスト（以下「当社」）は、お客様の個人情報を適切に取り扱います。代表取締役 山田一郎',
  '',
  '## 利用目的',
  '',
  'ご注文の商品の発送のために利用します。',
  '',
  '## お問い合わせ窓口',
  '',
  '〒100-0001 東京都千代田区千代田1-1 メール: privacy@test.co.jp',
  '',
);

const manager = {
  id: 'privacy-manager',
  keywords: ['個人情報保護管理者'],
  patterns: ['管理者\\s*[:：]'],
  message: { ja: '個人情報保護管理者を書いてください。', en: 'Name the privacy manager.' },
  section: 'contact',
  severity: 'error',
  insert: '個人情報保護管理者: ○○',
};

function userFindings(text: string, raw: unknown) {
  const { config, problems } = validateConfig(raw);
  assert.deepEqual(problems, []);
  return analyze(text, { config }).diagnostics.filter((d) => d.ruleId === 'required-item' && d.messageId === 'privacy-manager');
}

suite('.policymd.json requiredItems reach required-item', () => {
  test('a missing user item is reported with its own id, message and severity, at its section', () => {
    const found = userFindings(policy, { requiredItems: [manager] });
    assert.equal(found.length, 1);
    assert.equal(found[0].message, 'Name the privacy manager.');
    assert.equal(found[0].severity, 'error');
    assert.equal(policy.slice(found[0].span.start, found[0].span.end), '## お問い合わせ窓口');
  });

  test('a keyword or a pattern in the section satisfies it', () => {
    assert.equal(userFindings(policy.replace('メール:', '個人情報保護管理者 佐藤 メール:'), { requiredItems: [manager] }).length, 0);
    assert.equal(userFindings(policy.replace('メール:', '管理者：佐藤 メール:'), { requiredItems: [manager] }).length, 0);
    // Outside the contact section it does not count, since the document has one.
    assert.equal(userFindings(policy.replace('ご注文の', '個人情報保護管理者がご注文の'), { requiredItems: [manager] }).length, 1);
  });

  test('the fix inserts the configured text at the end of the section, and then the item is found', () => {
    const [finding] = userFindings(policy, { requiredItems: [manager] });
    const fixed = applyEdits(policy, finding.fixes[0].edits);
    assert.equal(fixed, policy.replace('privacy@test.co.jp', 'privacy@test.co.jp\n\n個人情報保護管理者: ○○'));
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(userFindings(fixed, { requiredItems: [manager] }).length, 0);
  });

  test('an item limited to other profiles is not checked', () => {
    assert.equal(userFindings(policy, { requiredItems: [{ ...manager, profiles: ['eu-gdpr'] }] }).length, 0);
  });

  test('malformed items are refused one by one with a problem each; valid ones stay', () => {
    const { config, problems } = validateConfig({
      requiredItems: [
        manager,
        { id: 'no-test', message: { ja: 'x', en: 'x' } },
        { id: 'redos', patterns: ['(a+)+$'], message: { ja: 'x', en: 'x' } },
        { id: 'broken', patterns: ['('], message: { ja: 'x', en: 'x' } },
        { id: 'one-language', keywords: ['x'], message: { en: 'x' } },
        { id: 'bad-section', keywords: ['x'], section: 'nowhere', message: { ja: 'x', en: 'x' } },
        { ...manager },
      ],
    });
    assert.deepEqual(config.requiredItems?.map((item) => item.id), ['privacy-manager']);
    assert.deepEqual(problems.map((problem) => problem.path), ['requiredItems.1', 'requiredItems.2', 'requiredItems.3', 'requiredItems.4', 'requiredItems.5', 'requiredItems.6']);
  });
});
