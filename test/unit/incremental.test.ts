import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildPolicyDocument } from '../../server/src/language/model/buildDocument';
import { findContacts } from '../../server/src/language/model/contacts';
import { findDates } from '../../server/src/language/model/dates';
import { findSuppressions } from '../../server/src/language/model/suppressions';
import { findDefinedTerms } from '../../server/src/language/model/terms';
import { textSegments } from '../../server/src/language/model/text';
import type { PolicyDocument } from '../../server/src/language/model/types';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { parseMarkdown, parseMarkdownWhole, type ParsedMarkdown } from '../../server/src/language/parse/markdown';

// Pieces of Policy Markdown chosen to sit on both sides of every rule that decides where a document
// may be cut: blank lines, list markers and continuations, fences, HTML blocks, directive containers,
// setext underlines, tables, pseudo-tables, definitions, front matter, CRLF, emoji.
const blocks = [
  '当社は、取得した個人情報を適切に管理します。',
  'We keep your data safe 🔒 and delete it when no longer needed.',
  '## 第3条（利用目的）',
  '# Privacy Policy {#introduction}',
  '1. 個人情報の利用目的',
  '(1) 氏名\n(2) 住所\n(4) 電話番号',
  '- 氏名、住所\n- 電話番号\n  - 固定電話\n  - 携帯電話',
  '1. 法令に基づく場合\n2. 人の生命を守るため\n\n3. 公衆衛生のため',
  '- 項目\n\n  続きの段落です。',
  '* star item\n+ plus item',
  '| 提供先 | 提供する個人情報 |\n| --- | --- |\n| 株式会社あおば | 氏名、住所 |',
  '山のみち運送株式会社\t氏名、住所\n株式会社しずく\t閲覧履歴',
  '```\ncode\n\n# not a heading\n```',
  '~~~js\nconst a = 1;\n~~~',
  '<!-- policymd-disable numbering-gap -->',
  '<!--\n\nspans a blank line\n-->',
  '<div>\n\nhtml block\n</div>',
  ':::note\n\ninside a directive\n:::',
  '::clause{ref="appi-27-1"}',
  'Setext heading\n---',
  'Setext heading\n===',
  '***',
  '> quoted\nlazy line\n\n> again',
  '    indented code',
  'see [the law][appi] and [^1]',
  '[appi]: https://example.jp/law',
  '2019年4月1日 制定\n令和4年4月1日 改定',
  '株式会社ひなた（以下「当社」といいます。）は、privacy@example.jp で受け付けます。',
  '〒100-0005 東京都千代田区\nTEL：03-1234-5678',
];
const separators = ['\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n  \n'];
const inserts = ['\n', '\n\n', '- ', '1. ', '  ', '\t', '```', '~~~', '---', ':::', '<!--', '-->', '<div>', '[a]: /u', '|', '#', 'x', 'あ', '😀', '\r\n', '> ', '===', '（1）'];

const documentArbitrary = fc
  .record({
    frontMatter: fc.boolean(),
    bom: fc.boolean(),
    parts: fc.array(fc.tuple(fc.constantFrom(...blocks), fc.constantFrom(...separators)), { minLength: 1, maxLength: 14 }),
  })
  .map(({ frontMatter, bom, parts }) => {
    const body = parts.map(([block, separator]) => block + separator).join('');
    return `${bom ? '\ufeff' : ''}${frontMatter ? '---\nlang: ja\npolicy: privacy\n---\n' : ''}${body}`;
  });

type Edit = { at: number; remove: number; insert: string };
const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  // Ten-thousandths rather than fc.double, which favours values near 0 and so edits at the very start.
  at: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
  insert: fc.oneof(fc.constantFrom(...inserts), fc.constant('')),
});

function applyEdit(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/**
 * A parse of the whole text, in the engine's coordinates: remark leaves a BOM out of its offsets,
 * while the engine's spans index document.text, BOM included.
 */
function reference(text: string): Root {
  const root = parseMarkdownWhole(text);
  if (text.charCodeAt(0) !== 0xfeff) return root;
  const shift = (node: Node) => {
    if (node.position?.start.offset !== undefined) node.position.start.offset++;
    if (node.position?.end.offset !== undefined) node.position.end.offset++;
    for (const child of (node as { children?: Node[] }).children ?? []) shift(child);
  };
  for (const child of root.children) shift(child);
  if (root.position?.end.offset !== undefined) root.position.end.offset++;
  return root;
}

/** The model without what is compared elsewhere (the tree) or not plain data (the line index). */
function modelOf(document: PolicyDocument): string {
  return JSON.stringify(document, (key, value: unknown) => (['lines', 'root', 'blocks', 'version'].includes(key) ? undefined : value));
}

suite('Incremental parse and model', () => {
  test('After any sequence of edits, the incremental parse equals a parse of the whole text', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 120 }), (start, edits, minChunkLength) => {
        let text = start;
        let parse: ParsedMarkdown = parseMarkdown(text, undefined, { minChunkLength });
        assert.deepEqual(parse.root, reference(text), 'first parse');
        for (const edit of edits) {
          text = applyEdit(text, edit);
          parse = parseMarkdown(text, parse);
          assert.deepEqual(parse.root, reference(text), JSON.stringify(text));
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  test('After any sequence of edits, the incremental model equals a model built from scratch', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let built = buildPolicyDocument('file:///a.policy.md', 1, text, {}, parseMarkdown(text, undefined, { minChunkLength: 40 }));
        for (const [i, edit] of edits.entries()) {
          text = applyEdit(text, edit);
          built = buildPolicyDocument('file:///a.policy.md', i + 2, text, {}, built.parse);
          const fresh = buildPolicyDocument('file:///a.policy.md', i + 2, text);
          assert.deepEqual(built.document.root, fresh.document.root, JSON.stringify(text));
          assert.equal(modelOf(built.document), modelOf(fresh.document), JSON.stringify(text));
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  test('Facts gathered block by block equal those gathered over the whole document', () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const { document } = buildPolicyDocument('file:///a.policy.md', 1, text);
        const segments = document.blocks.flatMap((block) => textSegments(block, text));
        assert.deepEqual(document.terms, findDefinedTerms(segments, text));
        assert.deepEqual(document.dates, findDates(segments, text));
        assert.deepEqual(document.contacts, findContacts(document.blocks, segments, text));
        assert.deepEqual(document.suppressions, findSuppressions(document.blocks, text, document.lines));
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  test('Front matter closed by the last line of the text takes in the whole text', () => {
    // The setext underline at the end closes a front matter whose own closing fence was edited away.
    const before = '---\nlang: ja\n---\n当社は、個人情報を適切に管理します。\n\nSetext heading\n---\n';
    const first = parseMarkdown(before, undefined, { minChunkLength: 0 });
    const after = before.replace('\n---\n当社', '\n当社');
    assert.deepEqual(parseMarkdown(after, first).root, reference(after));
    assert.deepEqual(parseMarkdown(after, undefined, { minChunkLength: 0 }).root, reference(after));
    assert.equal(reference(after).children[0].type, 'yaml');
  });

  test('An edit in the middle of a long document re-parses only the chunk it touched', () => {
    const section = (n: number) => `## 第${n}条（項目）\n\n${'当社は、取得した個人情報を適切に管理します。'.repeat(30)}\n\n- 氏名\n- 住所\n`;
    const text = Array.from({ length: 40 }, (_, i) => section(i + 1)).join('\n');
    const first = parseMarkdown(text);
    const at = text.indexOf('第20条') + 10;
    const touched = first.chunks.filter((chunk) => chunk.start <= at && at < chunk.start + chunk.length);
    assert.equal(touched.length, 1);
    const edited = `${text.slice(0, at)}あ${text.slice(at)}`;
    const second = parseMarkdown(edited, first);
    // The touched chunk may come back cut finer (see editedChunkLength); every other chunk is reused.
    const reused = new Set(first.chunks.flatMap((chunk) => chunk.nodes));
    const parsed = second.chunks.filter((chunk) => !chunk.nodes.some((node) => reused.has(node)));
    assert.equal(parsed.length, second.parsedChunks);
    assert.equal(parsed.reduce((sum, chunk) => sum + chunk.length, 0), touched[0].length + 1);
    assert.deepEqual(second.root, reference(edited));
    // Typing on re-parses only the finer chunk around the cursor.
    const third = parseMarkdown(`${edited.slice(0, at + 1)}い${edited.slice(at + 1)}`, second);
    assert.equal(third.parsedChunks, 1);
    assert.ok(third.chunks.find((chunk) => chunk.start <= at && at < chunk.start + chunk.length)!.length < touched[0].length);
  });
});
