import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/language/features/fixes';
import { namedThings } from '../../server/src/language/features/navigation/names';
import { analyze, joinLines, type Analysis } from './helpers';

/** The source text under each finding of a rule, so that a shifted span shows as the wrong characters. */
function reportedText(analysis: Analysis, ruleId: string): string[] {
  return analysis.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => analysis.document.text.slice(d.span.start, d.span.end));
}

/** 0-based line and character of a finding's start, as the editor shows it. */
function startOf(analysis: Analysis, ruleId: string): { line: number; character: number }[] {
  return analysis.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => analysis.document.lines.positionAt(d.span.start));
}

suite('GFM table cell and item spans', () => {
  test('cell and item spans cover the content, not the pipe and padding before it', () => {
    const text = joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社エービー | 氏名、住所 |', '|株式会社シーディー|電話番号|', '');
    const { document } = analyze(text);
    const [table] = document.tables;
    const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    assert.deepEqual(table.header?.cells.map((c) => slice(c.span)), ['提供先', '提供する個人情報']);
    assert.deepEqual(table.rows.map((row) => row.cells.map((c) => slice(c.span))), [['株式会社エービー', '氏名、住所'], ['株式会社シーディー', '電話番号']]);
    assert.deepEqual(table.rows[0].cells[1].items.map((item) => slice(item.span)), ['氏名', '住所']);
    assert.deepEqual(table.rows[1].cells[0].items.map((item) => slice(item.span)), ['株式会社シーディー']);
  });

  test('items after inline markup or an escaped pipe are found where they are written', () => {
    const text = joinLines('| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社エービー | **氏名**、メール\\|アドレス、[住所](https://example.jp/a)、電話番号 |', '');
    const { document } = analyze(text);
    const cell = document.tables[0].rows[0].cells[1];
    assert.deepEqual(cell.items.map((item) => item.text), ['氏名', 'メール|アドレス', '住所', '電話番号']);
    assert.deepEqual(cell.items.map((item) => text.slice(item.span.start, item.span.end)), ['氏名', 'メール\\|アドレス', '住所', '電話番号']);
  });

  test('an empty cell spans the blanks between its pipes, so a report on it can be seen', () => {
    const text = joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社エービー |  |', '');
    const analysis = analyze(text);
    const cell = analysis.document.tables[0].rows[0].cells[1];
    assert.equal(cell.text, '');
    assert.ok(cell.span.end > cell.span.start);
    assert.deepEqual(reportedText(analysis, 'table-shape'), ['  ']);
  });

  test('duplicate-table-item points at the repeated item and its fix removes exactly it', () => {
    const text = joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社エービー | 氏名、**住所**、氏名 |', '');
    const analysis = analyze(text);
    assert.deepEqual(reportedText(analysis, 'duplicate-table-item'), ['氏名']);
    assert.deepEqual(startOf(analysis, 'duplicate-table-item'), [{ line: 4, character: 23 }]);
    const [finding] = analysis.diagnostics.filter((d) => d.ruleId === 'duplicate-table-item');
    assert.equal(applyEdits(text, finding.fixes[0].edits), joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社エービー | 氏名、**住所** |', ''));
  });

  test('duplicate-recipient points at the second recipient name', () => {
    const text = joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社あおば運輸 | 氏名 |', '| あおば運輸株式会社 | 住所 |', '');
    const analysis = analyze(text);
    assert.deepEqual(reportedText(analysis, 'duplicate-recipient'), ['あおば運輸株式会社']);
    assert.deepEqual(startOf(analysis, 'duplicate-recipient'), [{ line: 5, character: 2 }]);
  });

  test('recipient-mismatch points at the recipient the text leaves out', () => {
    const text = joinLines(
      '# 第三者提供',
      '',
      '当社は、配送のため株式会社あおば運輸に、決済のため株式会社ゆうひ決済に個人データを提供します。',
      '',
      '| 提供先 | 提供する個人情報 |',
      '| --- | --- |',
      '| 株式会社あおば運輸 | 氏名、住所 |',
      '| 株式会社ゆうひ決済 | 氏名 |',
      '|株式会社こもれび広告|メールアドレス|',
      '',
    );
    const analysis = analyze(text);
    assert.deepEqual(reportedText(analysis, 'recipient-mismatch'), ['株式会社こもれび広告']);
    assert.deepEqual(startOf(analysis, 'recipient-mismatch'), [{ line: 8, character: 1 }]);
  });

  test('undeclared-data-item points at the undeclared item only', () => {
    const text = joinLines('# プライバシーポリシー', '', '## 取得する個人情報', '', '氏名、住所を取得します。', '', '## 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社あおば運輸 | 氏名、住所、電話番号 |', '');
    const analysis = analyze(text);
    assert.deepEqual(reportedText(analysis, 'undeclared-data-item'), ['電話番号']);
    assert.deepEqual(startOf(analysis, 'undeclared-data-item'), [{ line: 10, character: 20 }]);
  });

  test('a recipient named after a label in its cell is defined at the name itself', () => {
    const text = joinLines('# 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 提供者：株式会社あおば運輸 | 氏名 |', '', '株式会社あおば運輸には配送のために提供します。', '');
    const { document } = analyze(text);
    const thing = namedThings(document).find((t) => t.name === '株式会社あおば運輸');
    assert.ok(thing);
    assert.equal(thing.kind, 'recipient');
    assert.deepEqual(thing.definitions.map((d) => document.lines.positionAt(d.start)), [{ line: 4, character: 6 }]);
    assert.equal(thing.occurrences.length, 2);
  });
});
