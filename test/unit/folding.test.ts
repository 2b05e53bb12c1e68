import * as assert from 'node:assert/strict';
import { joinLines } from './helpers';
import { navigationFixture, open } from './navHelpers';

suite('Folding ranges', () => {
  test('Folds front matter, sections, lists with nested items, tables and multi-line comments', () => {
    const { service, document, settings } = open(navigationFixture('terms.policy.md'));
    const ranges = service.getFoldingRanges(document, settings).map((r) => [r.startLine + 1, r.endLine + 1, r.kind ?? '']);
    assert.deepEqual(ranges, [
      [1, 4, ''], // front matter
      [5, 39, ''], // the title section holds all others
      [9, 17, ''], // 1. 利用目的, ending at its last filled line
      [13, 17, ''], // the list
      [14, 16, ''], // the item with a nested list
      [15, 16, ''], // the nested list
      [19, 32, ''], // 2. 第三者提供 with its subsection
      [23, 26, ''], // the recipient table
      [30, 32, ''], // 2.1
      [34, 39, ''], // 3. お問い合わせ
      [36, 37, 'comment'],
    ]);
  });

  test('A section fold stops before the blank lines that precede the next heading', () => {
    const { service, document, settings } = open(joinLines('# A', '', 'text', '', '', '# B', '', 'more'));
    assert.deepEqual(
      service.getFoldingRanges(document, settings).map((r) => [r.startLine, r.endLine]),
      [
        [0, 2],
        [5, 7],
      ],
    );
  });

  test('Folds a pasted tab-separated table and pseudo-headed sections', () => {
    const text = joinLines(
      '1. 第三者への提供',
      '',
      '当社は、次の者に提供します。',
      '',
      '株式会社アルファ\t氏名、住所',
      '株式会社ベータ\t氏名、電話番号',
      '',
      '2. お問い合わせ',
      '',
      '窓口までご連絡ください。',
    );
    const { service, document, settings } = open(text);
    const ranges = service.getFoldingRanges(document, settings).map((r) => [r.startLine + 1, r.endLine + 1]);
    assert.deepEqual(ranges, [
      [1, 6],
      [5, 6],
      [8, 10],
    ]);
  });

  test('One-line blocks give no fold, and no two folds start on the same line', () => {
    const { service, document, settings } = open(joinLines('# Only', '- one', '- two'));
    const ranges = service.getFoldingRanges(document, settings);
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [0, 2],
        [1, 2],
      ],
    );
    assert.equal(new Set(ranges.map((r) => r.startLine)).size, ranges.length);
  });
});
