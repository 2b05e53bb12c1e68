import * as assert from 'node:assert/strict';
import { validateConfig } from '../../server/src/language/config';
import { analyze, joinLines, linesOf } from './helpers';

suite('.policymd.json validation and extension', () => {
  test('Keeps valid parts and names every bad one, refusing prototype keys', () => {
    const { config, problems } = validateConfig(JSON.parse('{"profile":"jp-apii","rules":{"numbering-gap":"loud","__proto__":"error","date":"off"},"headingSynonyms":{"nope":["x"]},"extra":1}'));
    assert.equal(config.profile, undefined);
    assert.deepEqual({ ...config.rules }, { date: 'off' });
    assert.deepEqual(problems.map((p) => p.path).sort(), ['extra', 'headingSynonyms.nope', 'profile', 'rules.__proto__', 'rules.numbering-gap'].sort());
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('Rejects a configuration that is not an object', () => {
    assert.deepEqual(validateConfig([1, 2]).problems.map((p) => p.path), ['']);
  });

  test('A user misspelling from the config is reported, with a fix that is not applied blindly', () => {
    const text = joinLines('# 方針', '', '当社はポリシイを定めます。', '');
    const config = validateConfig({ vocabulary: { misspellings: [{ wrong: 'ポリシイ', right: 'ポリシー' }] } }).config;
    const analysis = analyze(text, { config });
    assert.deepEqual(linesOf(analysis, 'known-misspelling'), [3]);
    assert.equal(analysis.diagnostics.find((d) => d.ruleId === 'known-misspelling')?.fixes[0]?.safe, false);
    assert.deepEqual(linesOf(analyze(text), 'known-misspelling'), []);
  });

  test('User variant groups are counted, and built-in groups can be switched off', () => {
    const lines = ['# 方針', ''];
    for (let i = 0; i < 4; i++) lines.push(`会員サイトの利用について説明します（${i}）。`, '');
    lines.push('会員ページの利用について説明します。', '');
    const text = joinLines(...lines);
    const config = validateConfig({ vocabulary: { variants: [{ id: 'member-site', language: 'ja', forms: ['会員サイト', '会員ページ'] }] } }).config;
    assert.deepEqual(linesOf(analyze(text, { config }), 'notation-variant'), [11]);
    assert.deepEqual(linesOf(analyze(text), 'notation-variant'), []);
    const disabled = validateConfig({ vocabulary: { variants: config.vocabulary?.variants, disabledVariants: ['member-site'] } }).config;
    assert.deepEqual(linesOf(analyze(text, { config: disabled }), 'notation-variant'), []);
  });
});
