import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../server/src/language/features/fixes';
import { analyze, checkRuleFixtures, joinLines, repoRoot } from '../helpers';

suite('Rule fixtures: foundation rules', () => {
  checkRuleFixtures('front-matter');
  checkRuleFixtures('pseudo-heading');
  checkRuleFixtures('numbering-gap');
});

function applyFirstFix(text: string, ruleId: string): string {
  const finding = analyze(text).diagnostics.find((d) => d.ruleId === ruleId);
  assert.ok(finding?.fixes[0], `${ruleId} offers a fix`);
  return applyEdits(text, finding.fixes[0].edits);
}

suite('Foundation rule fixes', () => {
  test('pseudo-heading: turns a one-item list into a heading at the level its place needs', () => {
    const text = joinLines('# 方針', '', '1. 利用目的', '', '当社は次の目的で利用します。', '');
    assert.equal(applyFirstFix(text, 'pseudo-heading'), joinLines('# 方針', '', '## 1. 利用目的', '', '当社は次の目的で利用します。', ''));
  });

  test('pseudo-heading: nested numbering styles get deeper levels', () => {
    const text = joinLines('1. 第三者提供', '', '本文です。', '', '(1) 提供先', '', '提供先は次のとおりです。', '');
    const { document } = analyze(text);
    assert.deepEqual(document.sections.map((s) => s.suggestedLevel), [2, 3]);
  });

  test('numbering-gap: renumbers the rest of the run and keeps the style', () => {
    const text = joinLines('（１）一つ目の文です。', '', '（２）二つ目の文です。', '', '（４）三つ目の文です。', '', '（５）四つ目の文です。', '');
    assert.equal(applyFirstFix(text, 'numbering-gap'), joinLines('（１）一つ目の文です。', '', '（２）二つ目の文です。', '', '（３）三つ目の文です。', '', '（４）四つ目の文です。', ''));
  });

  test('numbering-gap: filling the gap makes the finding go away', () => {
    const withGap = joinLines('(1) 文です。', '', '(2) 文です。', '', '(4) 文です。', '');
    assert.equal(analyze(withGap).diagnostics.filter((d) => d.ruleId === 'numbering-gap').length, 1);
    const filled = joinLines('(1) 文です。', '', '(2) 文です。', '', '(3) 文です。', '', '(4) 文です。', '');
    assert.equal(analyze(filled).diagnostics.filter((d) => d.ruleId === 'numbering-gap').length, 0);
  });

  test('front-matter: suggests the closest key and value', () => {
    const text = joinLines('---', 'policy: privacy', 'profle: jp-apii', '---', '', '# 方針');
    const messages = analyze(text).diagnostics.filter((d) => d.ruleId === 'front-matter').map((d) => d.message);
    assert.ok(messages.some((m) => m.includes('Did you mean `profile`')), messages.join('\n'));
  });

  test('Messages follow the chosen language', () => {
    const text = joinLines('(1) 文です。', '', '(3) 文です。', '');
    const gap = (language: 'ja' | 'en') => analyze(text, { messageLanguage: language }).diagnostics.find((d) => d.ruleId === 'numbering-gap');
    assert.match(gap('ja')?.message ?? '', /番号/);
    assert.match(gap('en')?.message ?? '', /Numbering/);
  });

  test('Suppression comments switch rules off for a region or the next line', () => {
    const text = joinLines(
      '<!-- policymd-disable-next-line numbering-gap -->',
      '(3) 文です。',
      '',
      '(1) 文です。',
      '',
      '<!-- policymd-disable numbering-gap -->',
      '',
      '(3) 文です。',
      '',
      '<!-- policymd-enable numbering-gap -->',
      '',
      '(5) 文です。',
      '',
    );
    const lines = analyze(text).diagnostics.filter((d) => d.ruleId === 'numbering-gap').map((d) => analyze(text).document.lines.positionAt(d.span.start).line + 1);
    assert.deepEqual(lines, [12]);
  });

  test('Severities come from the profile, then the config file, then the settings', () => {
    const text = joinLines('(1) 文です。', '', '(3) 文です。', '');
    const gap = (settings: Parameters<typeof analyze>[1]) => analyze(text, settings).diagnostics.filter((d) => d.ruleId === 'numbering-gap');
    assert.equal(gap({})[0]?.severity, 'warning');
    assert.equal(gap({ config: { rules: { 'numbering-gap': 'error' } } })[0]?.severity, 'error');
    assert.equal(gap({ config: { rules: { 'numbering-gap': 'error' } }, rules: { 'numbering-gap': 'info' } })[0]?.severity, 'info');
    assert.equal(gap({ rules: { 'numbering-gap': 'off' } }).length, 0);
  });
});

suite('Rule engine isolation', () => {
  test('A rule that throws becomes one diagnostic naming it, and the other rules still run', async () => {
    const { computeDiagnostics } = await import('../../../server/src/language/features/diagnostics');
    const { allRules } = await import('../../../server/src/language/rules');
    const text = joinLines('(1) 文です。', '', '(3) 文です。', '');
    const { document } = analyze(text);
    const broken = { ...allRules[0], id: 'broken-rule', check: () => { throw new Error('boom'); } };
    const diagnostics = computeDiagnostics(document, { messageLanguage: 'en' }, [broken, ...allRules]);
    const failures = diagnostics.filter((d) => d.ruleId === 'broken-rule');
    assert.equal(failures.length, 1);
    assert.equal(failures[0].messageId, 'rule-error');
    assert.match(failures[0].message, /broken-rule failed.*boom/);
    assert.ok(diagnostics.some((d) => d.ruleId === 'numbering-gap'));
  });

  test('Snippets parse and their expanded defaults raise no error', () => {
    const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'policy-markdown.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      const expanded = snippet.body.join('\n').replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
      const errors = analyze(`${expanded}\n\n# 方針\n\n本文です。\n`).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.ruleId), [], name);
    }
  });
});
