import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../server/src/language/features/fixes';
import { displayWidth } from '../../../server/src/language/model/text';
import { getProfile, profiles } from '../../../server/src/language/profiles';
import { legalRules } from '../../../server/src/language/rules/legal';
import { analyze, checkRuleFixtures, joinLines, linesOf, repoRoot, sharedDir } from '../helpers';

const ruleIds = [
  'required-section',
  'required-item',
  'duplicate-section',
  'pseudo-table',
  'table-shape',
  'duplicate-table-item',
  'duplicate-recipient',
  'undeclared-data-item',
  'recipient-mismatch',
  'joint-use-items',
  'foreign-recipient-info',
  'fee-amount',
  'vague-purpose',
  'stale-article-reference',
  'stale-policy',
  'incomplete-exception-list',
  'mismatched-exception-list',
  'altered-exception-item',
];

suite('Legal rules', () => {
  test('every legal rule is registered once, with bilingual texts and a legal rationale', () => {
    assert.deepEqual([...legalRules.map((rule) => rule.id)].sort(), [...ruleIds].sort());
    for (const rule of legalRules) {
      assert.ok(rule.description.ja && rule.description.en, rule.id);
      assert.match(`${rule.rationale.ja} ${rule.rationale.en}`, /第\d+条|Art\./, `${rule.id} cites an article`);
    }
  });

  for (const id of ruleIds) suite(id, () => checkRuleFixtures(id));

  suite('profiles', () => {
    test('jp-pmark extends jp-appi with the JIS Q 15001 items', () => {
      const appi = getProfile('jp-appi').items.map((item) => item.key);
      const pmark: string[] = getProfile('jp-pmark').items.map((item) => item.key);
      for (const key of appi) assert.ok(pmark.includes(key), key);
      for (const key of ['established-date', 'revised-date', 'inquiry-contact', 'commitment-compliance']) assert.ok(pmark.includes(key), key);
      assert.equal(getProfile('jp-pmark').items.find((item) => item.key === 'representative')?.when, undefined);
    });
    test('none requires nothing and turns the requirement rules off', () => {
      assert.equal(profiles.none.sections.length + profiles.none.items.length, 0);
      const analysis = analyze(joinLines('---', 'profile: none', '---', '', '# メモ', '', '本文です。'));
      assert.deepEqual(linesOf(analysis, 'required-section'), []);
      assert.deepEqual(linesOf(analysis, 'required-item'), []);
    });
    test('joint use and foreign transfer are required only when the document speaks of them', () => {
      const sections = getProfile('jp-appi').sections;
      assert.equal(sections.find((section) => section.kind === 'joint-use')?.when, 'joint-use');
      assert.equal(sections.find((section) => section.kind === 'foreign-transfer')?.when, 'foreign-transfer');
    });
  });

  suite('messageIds and fixes', () => {
    test('required-item reports the missing item as its messageId', () => {
      const text = readFileSync(join(repoRoot, 'test/fixtures/rules/required-item/no-procedure.policy.md'), 'utf8');
      const ids = analyze(text).diagnostics.filter((d) => d.ruleId === 'required-item').map((d) => d.messageId);
      assert.deepEqual(ids, ['request-procedure']);
    });

    test('pseudo-table converts to an aligned GFM table, full-width characters counting two', () => {
      const text = joinLines('# 提供先', '', '提供先\t提供する個人情報', '株式会社そらいろ運輸\t氏名、住所', 'A社\t電話番号', '');
      const finding = analyze(text).diagnostics.find((d) => d.ruleId === 'pseudo-table');
      assert.ok(finding);
      const fix = finding.fixes[0];
      assert.equal(fix.safe, true, 'a table with its own header converts without guessing');
      const fixed = applyEdits(text, fix.edits);
      const rows = fixed.split('\n').slice(2, 6);
      assert.equal(rows[1].replace(/[^|]/g, '').length, 3);
      assert.ok(rows.every((row) => displayWidth(row) === displayWidth(rows[0])), rows.join('\n'));
      const after = analyze(fixed);
      assert.deepEqual(linesOf(after, 'pseudo-table'), []);
      assert.equal(after.document.tables[0].kind, 'gfm');
      assert.deepEqual(after.document.tables[0].rows.map((row) => row.cells[0].text), ['株式会社そらいろ運輸', 'A社']);
    });

    test('a pseudo-table without a header gets a guessed header and an unsafe fix', () => {
      const text = readFileSync(join(repoRoot, 'test/fixtures/rules/pseudo-table/tabs.policy.md'), 'utf8');
      const fix = analyze(text).diagnostics.find((d) => d.ruleId === 'pseudo-table')?.fixes[0];
      assert.equal(fix?.safe, false);
      assert.match(applyEdits(text, fix?.edits ?? []), /\| 提供先\s+\| 提供する個人情報\s+\|/);
    });

    test('duplicate-table-item removes the duplicate with its separator', () => {
      const text = readFileSync(join(repoRoot, 'test/fixtures/rules/duplicate-table-item/repeat.policy.md'), 'utf8');
      const fix = analyze(text).diagnostics.find((d) => d.ruleId === 'duplicate-table-item')?.fixes[0];
      assert.equal(fix?.safe, true);
      assert.match(applyEdits(text, fix?.edits ?? []), /\| 氏名、メールアドレス \|/);
    });

    test('stale-article-reference maps old numbers by context and keeps the digit style', () => {
      const text = joinLines('# 開示', '', '個人情報保護法第二十三条の規定に違反して第三者に提供されている場合は、提供の停止を請求できます。');
      const finding = analyze(text).diagnostics.find((d) => d.ruleId === 'stale-article-reference');
      assert.equal(finding?.messageId, '23-to-27');
      assert.match(applyEdits(text, finding?.fixes[0].edits ?? []), /第二十七条/);
      const current = joinLines('# 安全管理', '', '個人情報保護法第23条に基づく安全管理措置を講じます。');
      assert.deepEqual(linesOf(analyze(current), 'stale-article-reference'), []);
    });

    test('exception-list rules use the clause set as messageId', () => {
      const text = readFileSync(join(repoRoot, 'test/fixtures/rules/mismatched-exception-list/wrong-article.policy.md'), 'utf8');
      assert.deepEqual(analyze(text).diagnostics.filter((d) => d.ruleId === 'mismatched-exception-list').map((d) => d.messageId), ['appi-18-3']);
      const incomplete = readFileSync(join(repoRoot, 'test/fixtures/rules/incomplete-exception-list/missing-law.policy.md'), 'utf8');
      assert.deepEqual(analyze(incomplete).diagnostics.filter((d) => d.ruleId === 'incomplete-exception-list').map((d) => d.messageId), ['appi-27-1']);
    });

    test('academic-research items are required only from an academic research institution', () => {
      const list = readFileSync(join(repoRoot, 'test/fixtures/rules/incomplete-exception-list/complete.policy.md'), 'utf8');
      assert.deepEqual(linesOf(analyze(list), 'incomplete-exception-list'), []);
      const university = list.replace('当社は、次の場合を除き', '本学は、次の場合を除き');
      assert.equal(linesOf(analyze(university), 'incomplete-exception-list').length, 1);
    });
  });

  suite('examples', () => {
    for (const name of ['privacy-ja.policy.md', 'privacy-en.policy.md', 'privacy-pmark.policy.md']) {
      test(`${name} has no warning or error from any rule`, () => {
        const text = readFileSync(join(repoRoot, 'examples', name), 'utf8');
        const serious = analyze(text).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
        assert.deepEqual(serious.map((d) => `${d.ruleId}/${d.messageId}`), []);
      });
    }
  });

  suite('seeds', () => {
    const expected = JSON.parse(readFileSync(join(repoRoot, 'test/acceptance/expected/legal.json'), 'utf8')) as Record<
      string,
      Record<string, number[]> & { messageIds?: Record<string, string[]> }
    >;
    for (const [seed, rules] of Object.entries(expected)) {
      const file = join(sharedDir, 'seeds', seed);
      test(`${seed} gives exactly the expected legal findings`, function () {
        if (!existsSync(file)) this.skip();
        const analysis = analyze(readFileSync(file, 'utf8'), {}, `file:///${seed}.policy.md`);
        for (const [rule, lines] of Object.entries(rules)) {
          if (rule === 'messageIds') continue;
          assert.deepEqual(linesOf(analysis, rule).sort((a, b) => a - b), [...(lines as number[])].sort((a, b) => a - b), rule);
        }
        for (const [rule, ids] of Object.entries(rules.messageIds ?? {})) {
          const found = analysis.diagnostics.filter((d) => d.ruleId === rule).map((d) => d.messageId);
          for (const id of ids) assert.ok(found.includes(id), `${rule}/${id}`);
        }
      });
    }
  });
});
