import * as assert from 'node:assert/strict';
import { documentStatus } from '../../server/src/language/features/documentStatus';
import { allRules } from '../../server/src/language/rules';
import { analyze, joinLines } from './helpers';

suite('Document status (status bar and Show Rules)', () => {
  const text = joinLines('---', 'policy: privacy', 'profile: none', '---', '', '# Privacy notice', '', 'We collect your name.', '');

  test('Lists every rule once, with the severity the diagnostics use and the layer it comes from', () => {
    const { document } = analyze(text);
    const status = documentStatus(document, {
      messageLanguage: 'en',
      rules: { 'numbering-gap': 'error' },
      config: { rules: { 'numbering-gap': 'off', date: 'hint' } },
    });
    assert.deepEqual(status.rules.map((rule) => rule.id), allRules.map((rule) => rule.id));
    const byId = new Map(status.rules.map((rule) => [rule.id, rule]));
    assert.deepEqual([byId.get('numbering-gap')?.severity, byId.get('numbering-gap')?.source, byId.get('numbering-gap')?.defaultSeverity], ['error', 'settings', 'warning']);
    assert.deepEqual([byId.get('date')?.severity, byId.get('date')?.source], ['hint', 'config']);
    // The none profile switches required-item off by itself.
    assert.deepEqual([byId.get('required-item')?.severity, byId.get('required-item')?.source, byId.get('required-item')?.defaultSeverity], ['off', 'profile', 'off']);
  });

  test('Names the profile and the language with their sources, in the message language', () => {
    const { document } = analyze(text);
    const en = documentStatus(document, { messageLanguage: 'en' });
    assert.deepEqual([en.profile, en.profileSource, en.profileLabel, en.language, en.languageSource], ['none', 'front-matter', 'No profile', 'en', 'detected']);
    assert.equal(documentStatus(document, { messageLanguage: 'ja' }).profileLabel, 'プロファイルなし');
    const pmark = documentStatus(analyze('# 個人情報保護方針\n\n当社は個人情報を適切に取り扱います。\n', { profile: 'jp-pmark' }).document, { messageLanguage: 'ja' });
    assert.deepEqual([pmark.profileLabel, pmark.profileSource, pmark.language], ['Pマーク', 'settings', 'ja']);
    assert.match(pmark.rules[0].description, /[\u3040-\u30ff\u3400-\u9fff]/);
  });
});
