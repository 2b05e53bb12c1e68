import * as assert from 'node:assert/strict';
import { readEditorSettings } from '../../server/src/settings';

suite('Editor settings', () => {
  test('Reads valid values and falls back field by field', () => {
    const read = (raw: unknown) => {
      const settings = readEditorSettings(raw);
      return { ...settings, rules: { ...settings.rules } };
    };
    assert.deepEqual(read({ profile: 'jp-pmark', messageLanguage: 'ja', rules: { 'numbering-gap': 'error', date: 'loud' }, maxFullAnalysisSize: 500000 }), {
      profile: 'jp-pmark',
      messageLanguage: 'ja',
      rules: { 'numbering-gap': 'error' },
      maxFullAnalysisSize: 500000,
    });
    assert.deepEqual(read({ profile: 'x', messageLanguage: 3, rules: null, maxFullAnalysisSize: -1 }), {
      profile: 'auto',
      messageLanguage: 'auto',
      rules: {},
      maxFullAnalysisSize: undefined,
    });
    assert.equal(readEditorSettings(undefined).profile, 'auto');
    assert.equal(Object.getPrototypeOf(readEditorSettings({ rules: { __proto__: 'error' } }).rules), null);
  });
});
