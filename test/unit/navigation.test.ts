import * as assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { joinLines } from './helpers';
import { navigationFixture, open } from './navHelpers';

const fixture = navigationFixture('terms.policy.md');

function applied(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = edit.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'policy-markdown', 1, text), edits);
}

suite('Defined terms and recipients: definition, references, highlights', () => {
  test('Go to definition from a use of 当社 lands on the term inside 以下「当社」', () => {
    const { service, document, settings, at, textOf, lineOf } = open(fixture);
    const [definition] = service.getDefinition(document, at('当社は、取得した'), settings);
    assert.equal(textOf(definition.range), '当社');
    assert.equal(lineOf(definition.range), 7);
    assert.equal(definition.range.start.character, fixture.split('\n')[6].indexOf('「当社」') + 1);
  });

  test('The cursor right after a name still finds it', () => {
    const { service, document, settings, at } = open(fixture);
    assert.equal(service.getDefinition(document, at('当社は、取得した', 0, 2), settings).length, 1);
    assert.deepEqual(service.getDefinition(document, at('取得した', 0, 1), settings), []);
  });

  test('当社 inside 当社グループ belongs to 当社グループ, not to 当社', () => {
    const { service, document, settings, at, lineOf, textOf } = open(fixture);
    const companies = service.getReferences(document, at('当社は、取得した'), true, settings);
    assert.deepEqual(
      companies.map((l) => lineOf(l.range)),
      [7, 7, 11, 21, 39],
    );
    assert.ok(companies.every((l) => textOf(l.range) === '当社'));
    const group = service.getReferences(document, at('当社グループからのお知らせ', 0, 1), true, settings);
    assert.deepEqual(
      group.map((l) => lineOf(l.range)),
      [7, 17, 32],
    );
    const [fromGroup] = service.getDefinition(document, at('当社グループからのお知らせ', 0, 3), settings);
    assert.equal(textOf(fromGroup.range), '当社グループ');
    assert.equal(lineOf(fromGroup.range), 7);
  });

  test('References without the declaration leave out the definition', () => {
    const { service, document, settings, at, lineOf } = open(fixture);
    const uses = service.getReferences(document, at('当社は、取得した'), false, settings);
    assert.deepEqual(
      uses.map((l) => lineOf(l.range)),
      [7, 11, 21, 39],
    );
  });

  test('A recipient in the table is defined by its cell and found in text and headings', () => {
    const { service, document, settings, at, lineOf, textOf } = open(fixture);
    const [definition] = service.getDefinition(document, at('株式会社ハコブ運輸への提供'), settings);
    assert.equal(lineOf(definition.range), 25);
    assert.equal(textOf(definition.range), '株式会社ハコブ運輸');
    assert.equal(definition.range.start.character, 2);
    const uses = service.getReferences(document, at('株式会社ハコブ運輸 |'), true, settings);
    assert.deepEqual(
      uses.map((l) => lineOf(l.range)),
      [25, 28, 30, 32],
    );
  });

  test('A Latin recipient matches only as a whole word', () => {
    const text = joinLines(
      '## 第三者提供',
      '',
      '| 提供先 | 提供する個人情報 |',
      '| --- | --- |',
      '| Acme | 氏名 |',
      '',
      'Acme と AcmeCloud はどちらも提供先です。',
    );
    const { service, document, settings, at, textOf } = open(text);
    const uses = service.getReferences(document, at('Acme |'), true, settings);
    assert.equal(uses.length, 2);
    assert.ok(uses.every((l) => textOf(l.range) === 'Acme'));
    assert.deepEqual(service.getReferences(document, at('AcmeCloud', 0, 5), true, settings), []);
  });

  test('A company named in the text of a provision section is a recipient too', () => {
    const text = joinLines('## 業務の委託', '', '配送業務を株式会社ミナト物流に委託します。株式会社ミナト物流は適切に管理します。');
    const { service, document, settings, at, textOf } = open(text);
    const uses = service.getReferences(document, at('ミナト', 1), true, settings);
    assert.deepEqual(
      uses.map((l) => textOf(l.range)),
      ['株式会社ミナト物流', '株式会社ミナト物流'],
    );
  });

  test('Sentences and labels in a recipient column are not names; 株式会社A及び株式会社B are two', () => {
    const text = joinLines(
      '## 第三者提供',
      '',
      '| 提供先 | 提供する情報 |',
      '| --- | --- |',
      '| 提供先：株式会社ソラ | 氏名 |',
      '| 法令に基づく場合はこの限りではありません | 氏名 |',
      '',
      '株式会社ソラは、株式会社ウミ及び株式会社ヤマに再委託します。',
    );
    const { service, document, settings, at, textOf } = open(text);
    assert.deepEqual(service.getDocumentHighlights(document, at('法令に基づく'), settings), []);
    const sora = service.getReferences(document, at('ソラ |'), true, settings);
    assert.deepEqual(
      sora.map((l) => textOf(l.range)),
      ['株式会社ソラ', '株式会社ソラ'],
    );
    assert.equal(service.getDefinition(document, at('ソラは'), settings)[0].range.start.line, 4);
    assert.equal(textOf(service.getReferences(document, at('ウミ'), true, settings)[0].range), '株式会社ウミ');
    assert.equal(textOf(service.getReferences(document, at('ヤマ'), true, settings)[0].range), '株式会社ヤマ');
  });

  test('Highlights mark the definition as a write and the uses as reads', () => {
    const { service, document, settings, at, lineOf } = open(fixture);
    const highlights = service.getDocumentHighlights(document, at('当社の窓口'), settings);
    assert.deepEqual(
      highlights.map((h) => [lineOf(h.range), h.kind]),
      [
        [7, DocumentHighlightKind.Write],
        [7, DocumentHighlightKind.Read],
        [11, DocumentHighlightKind.Read],
        [21, DocumentHighlightKind.Read],
        [39, DocumentHighlightKind.Read],
      ],
    );
  });

  test('Ordinary text and code are not names', () => {
    const text = joinLines('株式会社テスト（以下「当社」といいます。）', '', '`当社` はコードです。当社は書きます。');
    const { service, document, settings, at } = open(text);
    assert.deepEqual(service.getDocumentHighlights(document, at('コード'), settings), []);
    assert.equal(service.getReferences(document, at('当社は書'), true, settings).length, 2);
  });

  test('An English defined term is navigable', () => {
    const text = joinLines('Example Ltd. ("Company") runs this site.', '', 'The Company keeps your data safe. Companys is a typo.');
    const { service, document, settings, at, lineOf } = open(text);
    const uses = service.getReferences(document, at('Company keeps'), true, settings);
    assert.deepEqual(
      uses.map((l) => lineOf(l.range)),
      [1, 3],
    );
  });
});

suite('Defined terms and recipients: rename', () => {
  test('Prepare rename offers the name under the cursor and nothing elsewhere', () => {
    const { service, document, settings, at, textOf } = open(fixture);
    const prepared = service.prepareRename(document, at('当社グループからのお知らせ', 0, 2), settings);
    assert.equal(prepared?.placeholder, '当社グループ');
    assert.equal(textOf(prepared!.range), '当社グループ');
    assert.equal(service.prepareRename(document, at('商品の発送', 0, 1), settings), undefined);
  });

  test('Renames a term in its definition and every use with one minimal edit each, leaving the longer term alone', () => {
    const { service, document, settings, at } = open(fixture);
    const result = service.rename(document, at('当社は、次の提供先'), '弊社', settings);
    assert.ok(result && 'edit' in result);
    const edits = result.edit.changes![document.uri];
    assert.equal(edits.length, 5);
    assert.ok(edits.every((e) => e.newText === '弊社' && e.range.end.character - e.range.start.character === 2 && e.range.start.line === e.range.end.line));
    const after = applied(fixture, document.uri, result.edit);
    assert.match(after, /以下「弊社」といいます/);
    assert.match(after, /弊社および子会社（以下「当社グループ」/);
    assert.match(after, /当社グループからのお知らせ/, '当社グループ is left alone');
    assert.match(after, /当社グループは、株式会社ハコブ運輸/);
    assert.match(after, /弊社の窓口/);
    assert.equal(after.split('\n').length, fixture.split('\n').length);
  });

  test('Renames a recipient in the table cell, the text and a heading', () => {
    const { service, document, settings, at } = open(fixture);
    const result = service.rename(document, at('ハコブ運輸について'), '株式会社ハコブ急便', settings);
    assert.ok(result && 'edit' in result);
    const after = applied(fixture, document.uri, result.edit);
    assert.equal(after.match(/株式会社ハコブ急便/g)?.length, 4);
    assert.doesNotMatch(after, /ハコブ運輸/);
    assert.match(after, /\| 株式会社ハコブ急便 \| 氏名、住所、電話番号 \| 商品の配送 \|/);
    assert.match(after, /### 2\.1 株式会社ハコブ急便について/);
  });

  test('Refuses a name that another term or recipient has, in the message language', () => {
    const { service, document, settings, at } = open(fixture, { messageLanguage: 'ja' });
    const result = service.rename(document, at('当社は、次の提供先'), '当社グループ', settings);
    assert.ok(result && 'error' in result);
    assert.match(result.error, /「当社グループ」は 7 行目の定義語としてすでに使われています/);
    const english = open(fixture).service.rename(document, at('当社は、次の提供先'), 'Example Pay Inc.', { ...settings, messageLanguage: 'en' });
    assert.ok(english && 'error' in english);
    assert.match(english.error, /"Example Pay Inc\." is already a recipient \(line 26\)/);
  });

  test('Refuses an empty name or one with a line break or a table pipe', () => {
    const { service, document, settings, at } = open(fixture);
    for (const bad of ['', '  ', '弊\n社', 'A|B', '「弊社」']) {
      const result = service.rename(document, at('当社は、次の提供先'), bad, settings);
      assert.ok(result && 'error' in result, JSON.stringify(bad));
    }
  });

  test('Renaming to the same name changes nothing; renaming where there is no name is undefined', () => {
    const { service, document, settings, at } = open(fixture);
    const same = service.rename(document, at('当社は、次の提供先'), '当社', settings);
    assert.ok(same && 'edit' in same);
    assert.deepEqual(same.edit.changes![document.uri], []);
    assert.equal(service.rename(document, at('商品の発送'), '発送', settings), undefined);
  });

  test('Renames uses inside emphasis and link text, and a one-character term', () => {
    const text = joinLines('山田太郎（以下「甲」という。）と株式会社テスト（以下「当社」といいます。）', '', '**当社**は[当社の窓口](https://example.jp)で甲の依頼を受けます。');
    const { service, document, settings, at } = open(text);
    const company = service.rename(document, at('当社**'), '弊社', settings);
    assert.ok(company && 'edit' in company);
    assert.equal(applied(text, document.uri, company.edit).split('\n')[2], '**弊社**は[弊社の窓口](https://example.jp)で甲の依頼を受けます。');
    const party = service.rename(document, at('甲の依頼'), '乙', settings);
    assert.ok(party && 'edit' in party);
    assert.equal(party.edit.changes![document.uri].length, 2);
  });

  test('Positions stay right after emoji and surrogate pairs', () => {
    const text = joinLines('🎉𠮷株式会社テスト（以下「当社」といいます。）', '', '🎉当社は🎉当社です。');
    const { service, document, settings, at, textOf } = open(text);
    const result = service.rename(document, at('当社は'), 'わが社', settings);
    assert.ok(result && 'edit' in result);
    const edits = result.edit.changes![document.uri];
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.start.character]),
      [
        [0, 15],
        [2, 2],
        [2, 7],
      ],
    );
    assert.ok(service.getReferences(document, at('当社です'), true, settings).every((l) => textOf(l.range) === '当社'));
  });
});

suite('Defined terms and recipients: names outside provision sections', () => {
  test('A Latin recipient keeps its Inc. when it is only in a table outside a provision section', () => {
    const text = joinLines('## 一覧', '', '| 委託先 | 項目 |', '| --- | --- |', '| Acme Inc. | 氏名 |', '', '## その他', '', 'Acme Inc. のサーバーに保存します。');
    const { service, document, settings, at, textOf } = open(text);
    const uses = service.getReferences(document, at('Acme Inc. のサーバー'), true, settings);
    assert.deepEqual(
      uses.map((l) => textOf(l.range)),
      ['Acme Inc.', 'Acme Inc.'],
    );
  });
});
