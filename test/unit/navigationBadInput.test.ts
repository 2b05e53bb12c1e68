import * as assert from 'node:assert/strict';
import type { Range, SelectionRange } from 'vscode-languageserver-types';
import { randomJunk } from './helpers';
import { open } from './navHelpers';

const inputs: [string, string][] = [
  ['an empty file', ''],
  ['binary junk', randomJunk(5000, 11)],
  ['unclosed front matter', '---\npolicy: privacy\n\n# 方針\n\n株式会社テスト（以下「当社」）\n'],
  ['CRLF line endings', '# 方針\r\n\r\n株式会社テスト（以下「当社」といいます。）\r\n\r\n当社は守ります。\r\n'],
  ['lone surrogates', '# \ud800方針\n\n\udfff（以下「当社」）当社\ud800当社\n'],
  ['deep nesting', Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- 当社（以下「当社」）`).join('\n')],
  ['a definition of nothing', '以下「」という。（以下「 」）\n'],
];

suite('Navigation features never crash and stay inside the document', () => {
  for (const [name, text] of inputs) {
    test(`Handles ${name}`, () => {
      const nav = open(text);
      const lines = nav.document.lineCount;
      const inside = (range: Range) => {
        const start = nav.document.offsetAt(range.start);
        const end = nav.document.offsetAt(range.end);
        assert.ok(range.start.line < lines && range.end.line < lines && start <= end, JSON.stringify(range));
      };
      for (const fold of nav.service.getFoldingRanges(nav.document, nav.settings)) assert.ok(fold.startLine < fold.endLine && fold.endLine < lines);
      nav.service.getWorkspaceSymbols(nav.document, nav.settings).forEach((s) => 'range' in s.location && inside(s.location.range));
      const step = Math.max(1, Math.floor(text.length / 40));
      for (let offset = 0; offset <= text.length; offset += step) {
        const position = nav.document.positionAt(offset);
        for (let range: SelectionRange | undefined = nav.service.getSelectionRanges(nav.document, [position], nav.settings)[0]; range; range = range.parent) inside(range.range);
        nav.service.getDefinition(nav.document, position, nav.settings).forEach((l) => inside(l.range));
        nav.service.getReferences(nav.document, position, true, nav.settings).forEach((l) => inside(l.range));
        nav.service.getDocumentHighlights(nav.document, position, nav.settings).forEach((h) => inside(h.range));
        const prepared = nav.service.prepareRename(nav.document, position, nav.settings);
        if (prepared) inside(prepared.range);
        const renamed = nav.service.rename(nav.document, position, '新名称', nav.settings);
        if (renamed && 'edit' in renamed) renamed.edit.changes?.[nav.document.uri].forEach((e) => inside(e.range));
      }
    });
  }

  test('CRLF: a rename replaces only the name, never a line ending', () => {
    const text = '# 方針\r\n\r\n株式会社テスト（以下「当社」といいます。）\r\n\r\n当社は守ります。\r\n';
    const nav = open(text);
    const result = nav.service.rename(nav.document, nav.at('当社は'), '弊社', nav.settings);
    assert.ok(result && 'edit' in result);
    const edits = result.edit.changes![nav.document.uri];
    assert.equal(edits.length, 2);
    assert.ok(edits.every((e) => nav.textOf(e.range) === '当社'));
  });
});
