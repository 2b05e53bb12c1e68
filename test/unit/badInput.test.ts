import * as assert from 'node:assert/strict';
import { analyze, randomJunk } from './helpers';

const inputs: [string, string][] = [
  ['an empty file', ''],
  ['only whitespace', ' \n\t\n　\n'],
  ['binary junk', randomJunk(20000, 7)],
  ['1 MB on one line', 'あ'.repeat(1024 * 1024)],
  ['unclosed front matter', '---\npolicy: privacy\nlang: ja\n\n# 方針\n'],
  ['front matter that is not a mapping', '---\n- a\n- b\n---\n\n# 方針\n'],
  ['CRLF line endings', '# 方針\r\n\r\n(1) 文。\r\n\r\n(3) 文。\r\n'],
  ['a BOM', '\ufeff---\npolicy: privacy\n---\n\n1. 利用目的\n\n本文。\n'],
  ['lone surrogates and zero-width characters', '# \ud800方針\u200b\n\n\udfff(1)\u200f 文。\n\n(3) 文。\n'],
  ['deep nesting', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 項目`).join('\n')],
  ['a table with many columns', `| ${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(' | ')} |\n| ${Array.from({ length: 2000 }, () => '-').join(' | ')} |\n`],
  ['mixed line endings', '# A\r\n\n(1) a\r(3) b\n\r\n1. x\n\n本文\r\n'],
];

suite('Bad input never crashes the engine', () => {
  for (const [name, text] of inputs) {
    test(`Handles ${name}`, () => {
      const { document, diagnostics } = analyze(text);
      assert.equal(document.text, text, 'the model keeps the text as given');
      for (const diagnostic of diagnostics) {
        assert.ok(diagnostic.span.start >= 0 && diagnostic.span.end <= text.length && diagnostic.span.start <= diagnostic.span.end, `${diagnostic.ruleId} span inside the document`);
        assert.notEqual(diagnostic.messageId, 'rule-error', `${diagnostic.ruleId} threw: ${diagnostic.message}`);
      }
    });
  }

  test('An unclosed front matter is reported, not guessed at', () => {
    const { diagnostics } = analyze('---\npolicy: privacy\n\n# 方針\n');
    assert.deepEqual(diagnostics.filter((d) => d.ruleId === 'front-matter').map((d) => d.messageId), ['unclosed']);
  });
});

suite('Size limit', () => {
  test('Above the limit one notice explains that only cheap rules ran, and no rule reports from an empty model', () => {
    const section = '## 利用目的\n\n当社は、お客様の個人情報を会員登録の受付のために利用します。\n\n';
    const text = `---\npolicy: privacy\nlang: ja\n---\n\n# 方針\n\n${section.repeat(Math.ceil(2_100_000 / Buffer.byteLength(section)))}`;
    const { diagnostics } = analyze(text);
    assert.equal(diagnostics.filter((d) => d.severity === 'info' && /2\.\d MB|MB/.test(d.message)).length, 1, diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(diagnostics.filter((d) => ['required-section', 'required-item', 'stale-policy'].includes(d.ruleId)), []);
    const raised = analyze(section.repeat(3), { maxFullAnalysisSize: 100 });
    assert.equal(raised.diagnostics.filter((d) => /MB/.test(d.message) && d.severity === 'info').length, 1, 'a lower limit from the settings applies');
  });
});
