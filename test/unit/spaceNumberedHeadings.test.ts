import * as assert from 'node:assert/strict';
import { parseNumbering } from '../../server/src/language/model/numbering';
import { analyze, joinLines, linesOf } from './helpers';

suite('Headings numbered with an ideographic space (13　お問い合わせ)', () => {
  test('the number before an ideographic space is numbering; before an ASCII space or a word it is not', () => {
    assert.deepEqual(parseNumbering('13　お問い合わせ', 0), { style: 'arabic-space', value: 13, text: '13', span: { start: 0, end: 2 } });
    assert.equal(parseNumbering('13 お問い合わせ', 0), undefined);
    assert.equal(parseNumbering('2024年4月1日', 0), undefined);
  });

  test('a glued heading line starts its own section, and the fix makes that line a heading', () => {
    const text = joinLines('# 方針', '', '1　利用目的', '', 'お届けのために使います。', '最後の行です。', '2　お問い合わせ', '', 'メールで受け付けます。', '');
    const analysis = analyze(text);
    const titles = analysis.document.sections.map((s) => [s.title, s.pseudo, analysis.document.lines.positionAt(s.span.start).line + 1]);
    assert.deepEqual(titles, [['方針', false, 1], ['利用目的', true, 3], ['お問い合わせ', true, 7]]);
    assert.ok(analysis.document.sections[2].kinds.includes('contact'));
    const finding = analysis.diagnostics.find((d) => d.ruleId === 'pseudo-heading' && analysis.document.lines.positionAt(d.span.start).line === 6);
    assert.ok(finding);
    assert.equal(text.slice(finding.span.start, finding.span.end), '2　お問い合わせ');
    assert.deepEqual(finding.fixes[0].edits, [{ span: { start: finding.span.start, end: finding.span.start }, newText: '## ' }]);
  });

  test('numbered items that follow each other are a list, not headings', () => {
    const text = joinLines('# 取得する情報', '', '1　お名前', '', '2　ご住所', '', '3　お電話番号', '');
    assert.deepEqual(linesOf(analyze(text), 'pseudo-heading'), []);
  });

  test('a long numbered line is body text', () => {
    const text = joinLines('# 方針', '', '1　当工房は、お預かりした個人情報をご本人の同意なく第三者に渡すことはありません', '', '本文です。', '');
    assert.deepEqual(linesOf(analyze(text), 'pseudo-heading'), []);
  });

  test('a heading number glued to the paragraph before it is not reported as missing from the numbering', () => {
    const text = joinLines('# 方針', '', '1　利用目的', '', '本文です。', '2　安全管理について、次のとおり定めます。', '', '3　お問い合わせ', '', '本文です。', '');
    // 2 is not a heading here (it reads as a sentence), yet it is written: 1 → 3 is no gap.
    assert.deepEqual(linesOf(analyze(text), 'numbering-gap'), []);
    assert.deepEqual(linesOf(analyze(text.replace('2　安全管理について、次のとおり定めます。', '後の行です。')), 'numbering-gap'), [8]);
  });
});
