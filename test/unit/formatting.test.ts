import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { displayWidth } from '../../server/src/language/features/formatting/width';
import { hasPipeInCodeSpan, splitRow } from '../../server/src/language/features/formatting/tables';
import { parseNumbering } from '../../server/src/language/model/numbering';
import * as fc from 'fast-check';
import { joinLines, sharedDir } from './helpers';

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

function format(text: string, range?: Range): string {
  const service = createPolicyLanguageService();
  const document = TextDocument.create('file:///format.policy.md', 'policy-markdown', 1, text);
  const edits = range ? service.formatRange(document, range, settings) : service.formatDocument(document, settings);
  return TextDocument.applyEdits(document, edits);
}

function sharedFiles(folder: string): { name: string; text: string }[] {
  const dir = join(sharedDir, folder);
  assert.ok(existsSync(dir), `${dir} is missing; set POLICYMD_SHARED to the shared folder`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || (name.endsWith('.md') && name !== 'SOURCES.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A line's words without whitespace, table pipes, list markers and leading numbering: what formatting must never change. */
const delimiterRow = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function content(line: string): string {
  let rest = line.replace(/(?<!\\)\|/g, ' ').replace(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/, '').replace(/^[ \t　]+/, '');
  const numbering = parseNumbering(rest, 0);
  if (numbering) rest = rest.slice(numbering.span.end);
  return rest.replace(/[\s|]/g, '');
}

function assertOnlyMarkersAndTablesChanged(name: string, before: string, after: string): number {
  const beforeLines = before.split('\n');
  const afterLines = after.split('\n');
  assert.equal(afterLines.length, beforeLines.length, `${name}: line count changed`);
  let changed = 0;
  beforeLines.forEach((line, index) => {
    if (line === afterLines[index]) return;
    changed++;
    if (delimiterRow.test(line) && delimiterRow.test(afterLines[index])) return;
    assert.equal(content(afterLines[index]), content(line), `${name}:${index + 1}: more than markers or table spacing changed\n- ${line}\n+ ${afterLines[index]}`);
  });
  return changed;
}

interface ShapeNode {
  readonly type?: string;
  readonly ordered?: boolean | null;
  readonly children?: readonly ShapeNode[];
}

/** The block structure of a document: node types, nesting and counts, without positions or text. */
function shape(root: ShapeNode): string {
  const walk = (node: ShapeNode): string => {
    const own = node.type === 'list' ? `list(${node.ordered ? 'ol' : 'ul'})` : (node.type ?? '?');
    const children: ShapeNode[] = [];
    for (const child of node.children ?? []) {
      // Short rows get their missing (empty) cells, as renderers show them anyway.
      if (child.type === 'text' || node.type === 'tableRow') continue;
      const previous = children[children.length - 1];
      // Lists that differed only in bullet or delimiter are meant to become one list.
      if (child.type === 'list' && previous?.type === 'list' && Boolean(previous.ordered) === Boolean(child.ordered)) {
        children[children.length - 1] = { ...previous, children: [...(previous.children ?? []), ...(child.children ?? [])] };
      } else children.push(child);
    }
    return children.length > 0 ? `${own}[${children.map(walk).join(',')}]` : own;
  };
  return walk(root);
}

function shapeOf(text: string): string {
  return shape(createPolicyLanguageService().getDocument(TextDocument.create('file:///shape.policy.md', 'policy-markdown', 1, text), settings).root as ShapeNode);
}

/** Formats once and again with one service, so that each version's model is built once for both formatting and shape. */
function formatTwice(name: string, text: string): { once: string; twice: string; before: string; after: string } {
  const service = createPolicyLanguageService();
  const original = TextDocument.create(`file:///${name}`, 'policy-markdown', 1, text);
  const once = TextDocument.applyEdits(original, service.formatDocument(original, settings));
  const formatted = TextDocument.create(`file:///formatted-${name}`, 'policy-markdown', 1, once);
  const twice = TextDocument.applyEdits(formatted, service.formatDocument(formatted, settings));
  return {
    once,
    twice,
    before: shape(service.getDocument(original, settings).root as ShapeNode),
    after: shape(service.getDocument(formatted, settings).root as ShapeNode),
  };
}

suite('formatting: display width', () => {
  test('full-width characters count two, combining marks and variation selectors none', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('個人情報'), 8);
    assert.equal(displayWidth('ｶﾀｶﾅ'), 4);
    assert.equal(displayWidth('（１）'), 6);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(displayWidth('👍🏽'), 2);
    assert.equal(displayWidth('👨‍👩‍👧'), 2);
    assert.equal(displayWidth('🇯🇵'), 2);
  });

  test('table rows split on pipes as GFM does', () => {
    assert.deepEqual(splitRow('| a | b \\| c | d |'), ['a', 'b \\| c', 'd']);
    assert.deepEqual(splitRow('a | `x\\|y`'), ['a', '`x\\|y`']);
    assert.deepEqual(splitRow('| a \\\\| b |'), ['a \\\\', 'b']);
    assert.deepEqual(splitRow('| a | |'), ['a', '']);
  });
});

suite('formatting: tables', () => {
  test('columns are aligned by display width with Japanese text', () => {
    const text = joinLines('# 第三者提供', '', '|提供先|提供する個人情報|', '|-|-|', '|株式会社A|氏名、メールアドレス|', '|B Inc.|email|', '');
    assert.equal(
      format(text),
      joinLines(
        '# 第三者提供',
        '',
        '| 提供先    | 提供する個人情報     |',
        '| --------- | -------------------- |',
        '| 株式会社A | 氏名、メールアドレス |',
        '| B Inc.    | email                |',
        '',
      ),
    );
  });

  test('alignment colons are kept and cells padded to match them', () => {
    const text = joinLines('| Left | Centre | Right |', '|:--|:-:|--:|', '| a | b | c |', '');
    assert.equal(format(text), joinLines('| Left | Centre | Right |', '| :--- | :----: | ----: |', '| a    |   b    |     c |', ''));
  });

  test('escaped pipes and inline code with escaped pipes stay inside their cells', () => {
    const text = joinLines('| Item | Note |', '| --- | --- |', '| `a\\|b` | x \\| y |', '');
    assert.equal(format(text), joinLines('| Item   | Note   |', '| ------ | ------ |', '| `a\\|b` | x \\| y |', ''));
  });

  test('a table with an unescaped pipe inside inline code is left exactly as written', () => {
    const text = joinLines('|Item|Note|', '|-|-|', '| `a|b` | 説明 |', '');
    assert.equal(format(text), text);
    assert.equal(hasPipeInCodeSpan('| `a|b` | c |'), true);
    assert.equal(hasPipeInCodeSpan('| `a\\|b` | c |'), false);
    assert.equal(hasPipeInCodeSpan('| `a` | b | `c` |'), false);
    assert.equal(hasPipeInCodeSpan('| ``a`|`b`` | c |'), true);
    assert.equal(hasPipeInCodeSpan('| ` | c |'), false);
  });

  test('short rows get empty cells, rows without outer pipes get them', () => {
    const text = joinLines('Name | Data', '--- | ---', 'A', '');
    assert.equal(format(text), joinLines('| Name | Data |', '| ---- | ---- |', '| A    |      |', ''));
  });

  test('CRLF line endings are preserved', () => {
    const text = '| 名称 | x |\r\n|---|---|\r\n| 当社 | yy |\r\n\r\n本文\r\n';
    assert.equal(format(text), '| 名称 | x   |\r\n| ---- | --- |\r\n| 当社 | yy  |\r\n\r\n本文\r\n');
  });

  test('a byte order mark stays and does not shift the edits', () => {
    assert.equal(format('\ufeff|名前|b|\n|-|-|\n'), '\ufeff| 名前 | b   |\n| ---- | --- |\n');
  });

  test('a table inside a block quote keeps its markers', () => {
    const text = joinLines('> | a | 提供先 |', '> |---|---|', '> | longer | x |', '');
    assert.equal(format(text), joinLines('> | a      | 提供先 |', '> | ------ | ------ |', '> | longer | x      |', ''));
  });

  test('an aligned table is left alone', () => {
    const text = joinLines('| 提供先 | 項目 |', '| ------ | ---- |', '| 当社   | 氏名 |', '');
    const service = createPolicyLanguageService();
    assert.deepEqual(service.formatDocument(TextDocument.create('file:///a.policy.md', 'policy-markdown', 1, text), settings), []);
  });
});

suite('formatting: lists', () => {
  test('mixed bullets in one run take the first bullet', () => {
    assert.equal(format(joinLines('- a', '* b', '+ c', '- d', '')), joinLines('- a', '- b', '- c', '- d', ''));
  });

  test('ordered items are renumbered in order and take the first delimiter', () => {
    assert.equal(format(joinLines('1. a', '1. b', '3. c', '')), joinLines('1. a', '2. b', '3. c', ''));
    assert.equal(format(joinLines('1. a', '2. b', '4) c', '')), joinLines('1. a', '2. b', '3. c', ''));
  });

  test('a list numbered 1. 1. 1. keeps that convention', () => {
    const text = joinLines('1. a', '1. b', '1. c', '');
    assert.equal(format(text), text);
  });

  test('an item whose text starts on the next line is not renumbered into a wider marker', () => {
    const items = Array.from({ length: 9 }, (_, i) => `${i + 1}. item`);
    const text = joinLines(...items, '9.', '   text under the marker', '');
    assert.equal(format(text), text);
  });

  test('a marker that grows keeps later lines of its item at their column', () => {
    const items = Array.from({ length: 9 }, (_, i) => `${i + 1}. item`);
    const text = joinLines(...items, '9.  last', '', '    continued paragraph', '');
    assert.equal(format(text), joinLines(...items, '10. last', '', '    continued paragraph', ''));
  });

  test('numbering inside items follows the first item in （1） and ① styles', () => {
    assert.equal(format(joinLines('- （1）氏名', '- （1）住所', '- （4）電話番号', '')), joinLines('- （1）氏名', '- （2）住所', '- （3）電話番号', ''));
    assert.equal(format(joinLines('1. ①氏名', '2. ③住所', '')), joinLines('1. ①氏名', '2. ②住所', ''));
  });

  test('a bullet is not changed where the line would become a thematic break', () => {
    const text = joinLines('- a', '* - -', '');
    assert.equal(format(text), text);
  });

  test('nested lists are formatted on their own', () => {
    const text = joinLines('- a', '  * x', '  + y', '- b', '');
    assert.equal(format(text), joinLines('- a', '  * x', '  * y', '- b', ''));
  });

  test('lists in code fences and front matter are left as written', () => {
    const text = joinLines('---', 'policy: privacy', 'items:', '  - a', '  * b', '---', '', '```', '- a', '* b', '1. x', '3. y', '```', '');
    assert.equal(format(text), text);
  });
});

suite('formatting: numbered lines', () => {
  test('（N） lines in a paragraph are renumbered, sub-items in ① style counted on their own', () => {
    const text = joinLines('当社は次の目的で利用します。', '（1）本人確認', '①氏名の確認', '③住所の確認', '（3）連絡', '（3）改善', '', '本文です。', '');
    assert.equal(format(text), joinLines('当社は次の目的で利用します。', '（1）本人確認', '①氏名の確認', '②住所の確認', '（2）連絡', '（3）改善', '', '本文です。', ''));
  });

  test('（1） and (1) mixed in one list take the first item\'s brackets', () => {
    assert.equal(format(joinLines('（1）氏名', '(2) 住所', '（4）電話番号', '')), joinLines('（1）氏名', '（2） 住所', '（3）電話番号', ''));
    assert.equal(format(joinLines('- (1) 氏名', '- （3）住所', '')), joinLines('- (1) 氏名', '- (2)住所', ''));
  });

  test('a value of 1 starts a new list, and prose between paragraphs ends one', () => {
    const text = joinLines('(1) a', '(2) b', '(1) c', '(3) d', '', '説明', '', '(5) e', '(7) f', '');
    assert.equal(format(text), joinLines('(1) a', '(2) b', '(1) c', '(2) d', '', '説明', '', '(5) e', '(6) f', ''));
  });

  test('（一） and 【1】 lines are renumbered in their own style', () => {
    assert.equal(format(joinLines('（一）氏名', '（三）住所', '（三）電話', '')), joinLines('（一）氏名', '（二）住所', '（三）電話', ''));
    assert.equal(format(joinLines('【1】氏名', '【3】住所', '')), joinLines('【1】氏名', '【2】住所', ''));
  });

  test('circled numbers stop at ㊿ rather than turning into something else', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${String.fromCodePoint(i < 20 ? 0x2460 + i : i < 35 ? 0x3251 + i - 20 : 0x32b1 + i - 35)}項目`);
    const text = joinLines(...lines, '㊿最後', '');
    assert.equal(format(text), text);
  });

  test('article numbers are left alone because cross-references point at them', () => {
    const text = joinLines('第1条 目的', '第3条 定義', '');
    assert.equal(format(text), text);
  });

  test('a full-width number is never turned into a Markdown list marker', () => {
    const text = joinLines('概要', '2. a', '', '４．b', '');
    assert.equal(format(text), text);
  });
});

suite('formatting: range', () => {
  const text = joinLines('|a|b|', '|-|-|', '|ccc|d|', '', '本文', '', '- x', '* y', '', '|e|f|', '|-|-|', '');

  test('only the table or list that intersects the range is formatted, and as a whole', () => {
    const first = { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } };
    assert.equal(format(text, first), joinLines('| a   | b   |', '| --- | --- |', '| ccc | d   |', '', '本文', '', '- x', '* y', '', '|e|f|', '|-|-|', ''));
    const list = { start: { line: 7, character: 0 }, end: { line: 7, character: 2 } };
    assert.equal(format(text, list), joinLines('|a|b|', '|-|-|', '|ccc|d|', '', '本文', '', '- x', '- y', '', '|e|f|', '|-|-|', ''));
  });

  test('a range over prose changes nothing', () => {
    const prose = { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } };
    assert.equal(format(text, prose), text);
  });
});

suite('formatting: seeds and corpus', () => {
  for (const folder of ['seeds', 'corpus/real']) {
    test(`${folder}: idempotent, and only table rows and list markers change`, () => {
      const files = sharedFiles(folder);
      assert.ok(files.length > 0);
      let changedFiles = 0;
      for (const { name, text } of files) {
        const { once, twice, before, after } = formatTwice(name, text);
        assert.equal(twice, once, `${name}: formatting twice differs from once`);
        if (assertOnlyMarkersAndTablesChanged(name, text, once) > 0) changedFiles++;
        assert.equal(after, before, `${name}: formatting changed the document's structure`);
      }
      // The corpus has tables and lists to align: a formatter that did nothing would pass the checks above.
      if (folder === 'corpus/real') assert.ok(changedFiles > 0, 'formatting changed no corpus file');
    });
  }
});

suite('formatting: generated documents', () => {
  const cellText = fc.constantFrom('氏名', 'A社', 'email', '`a\\|b`', 'x \\| y', '**太字**', '', 'ｶﾅ', '個人情報の項目', '👍', 'e\u0301');
  const table = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cellText, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 4 }), fc.boolean())
    .map(([columns, rows, outer]) => {
      const row = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : `${cells.join(' | ')}|`);
      const header = Array.from({ length: columns }, (_, i) => `列${i + 1}`);
      return [row(header), row(header.map((_, i) => [':-', '-:', ':-:', '---'][i % 4])), ...rows.map((cells) => row(cells.length > 0 ? cells : ['']))];
    });
  const list = fc
    .array(fc.tuple(fc.constantFrom('-', '*', '+', '1.', '2.', '7.', '1)', '10.'), fc.constantFrom('', '（1）', '（3）', '①', '④', '(2)'), fc.constantFrom('同意', '法令', 'text')), { minLength: 1, maxLength: 6 })
    .map((items) => items.map(([marker, numbering, body]) => `${marker} ${numbering}${body}`));
  const numbered = fc.array(fc.tuple(fc.constantFrom('（1）', '（2）', '（5）', '①', '③', '(1)', '(4)', '本文'), fc.constantFrom('項目', '利用目的')), { minLength: 1, maxLength: 6 })
    .map((items) => items.map(([numbering, body]) => numbering + body));
  const block = fc.oneof(table, list, numbered, fc.constant(['```', '- a', '* b', '```']), fc.constant(['## 見出し']));
  const documentText = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([blocks, eol, blank]) =>
    blocks.map((lines) => lines.join(eol)).join(blank ? eol + eol : eol) + eol,
  );

  test('formatting is idempotent and changes only markers, numbering and table spacing', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const once = format(text);
        assert.equal(format(once), once);
        assert.equal(once.split('\r\n').length, text.split('\r\n').length, 'line endings kept');
        assertOnlyMarkersAndTablesChanged('generated', text.replace(/\r\n/g, '\n'), once.replace(/\r\n/g, '\n'));
        assert.equal(shapeOf(once), shapeOf(text), 'structure kept');
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
