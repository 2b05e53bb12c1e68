import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/language/text/positions';
import { analyze, linesOf } from './helpers';

suite('Positions (UTF-16, one conversion module)', () => {
  test('Counts emoji and surrogate pairs as two UTF-16 code units', () => {
    const text = 'a😀b\n𠮷野家';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(lines.positionAt(text.indexOf('野')), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: 1, character: 2 }), text.indexOf('野'));
  });

  test('Never splits a surrogate pair or a CRLF', () => {
    const text = 'x😀y\r\nz';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 1 }, 'the middle of 😀 moves to its start');
    assert.deepEqual(lines.positionAt(text.indexOf('\n')), { line: 0, character: 4 }, 'the middle of \\r\\n moves before it');
  });

  test('Treats \\n, \\r\\n and \\r as line endings', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((line) => lines.lineText(line)), ['a', 'b', 'c', 'd']);
  });

  test('Clamps positions outside the text', () => {
    const lines = new LineIndex('abc');
    assert.equal(lines.offsetAt({ line: 5, character: 0 }), 3);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3);
    assert.deepEqual(lines.positionAt(-4), { line: 0, character: 0 });
  });

  test('Reports findings after emoji and a BOM on the right character', () => {
    const text = '\ufeff# 方針 😀\n\n本文😀です。\n\n(1) 一つ目の文です。\n\n(3) 三つ目の文です。\n';
    const analysis = analyze(text);
    const finding = analysis.diagnostics.find((d) => d.ruleId === 'numbering-gap');
    assert.ok(finding, 'numbering-gap reported');
    assert.equal(text.slice(finding.span.start, finding.span.end), '(3)');
    assert.deepEqual(linesOf(analysis, 'numbering-gap'), [7]);
    assert.deepEqual(analysis.document.lines.positionAt(finding.span.start), { line: 6, character: 0 });
  });
});
