import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePolicy } from '../../bench/generate';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { clauseLibrary } from '../../server/src/language/clauses/user';
import { renderPolicy, renderWhole } from '../../server/src/language/features/render/html';
import { lastRenderCount } from '../../server/src/language/features/render/incremental';
import { fixturesDir, readDocuments, sharedDir } from './helpers';

// The preview's render reuses the HTML of blocks from earlier versions. These properties check that
// after any edits the page is byte for byte the one a render of the whole tree gives.

const documents = [
  generatePolicy('ja', 9_000),
  generatePolicy('en', 9_000),
  ...readDocuments(join(fixturesDir, 'documents'), /\.md$/),
  ...readDocuments(join(fixturesDir, 'render'), /\.md$/),
  ...readDocuments(join(sharedDir, 'seeds'), /\.(?:md|txt)$/),
];

// Besides typing: what changes a block's HTML through its neighbours (heading numbers and explicit
// ids that clash, pseudo-headings and pasted tables the model finds from context, clause directives
// worded from the whole text) and text that looks like the attribute the render shifts.
const inserts = [
  'の', 'e', ' ', '\n', '\n\n', '- ', '1. ', '| ', ' | x |', '## ', '\n\n## 見出し\n\n', '\n\n### Same {#section-3}\n\n', '{#section-2}',
  '（1）', '第5条', '1．', '\n\n::clause{ref="appi-27-1"}\n\n', '\n\n::clause{ref="nope"}\n\n', 'お客さま', '\t', '項目\t内容\n氏名\t住所\n',
  'data-line="7"', '[t](https://example.com "data-line=\\"3\\"")', '<br>', '<b>x</b>', '\n\n<div>\n\n', '```\n', '> ', '',
];

type Edit = { at: number; remove: number; insert: string };
const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.integer({ min: 0, max: 10_000 }),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 40 })),
  insert: fc.constantFrom(...inserts),
});

function applyEdit(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor((edit.at / 10_000) * (text.length + 1)));
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };
const uri = 'file:///render.policy.md';

suite('Incremental preview render', () => {
  test('After random edits, the page equals a render of the whole tree', function () {
    this.timeout(180_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: documents.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), fc.boolean(), (which, edits, withLibrary) => {
        const service = createPolicyLanguageService();
        const clauses = withLibrary ? clauseLibrary() : undefined;
        let text = documents[which];
        let version = 1;
        const check = () => {
          const document = service.getDocument(TextDocument.create(uri, 'policy-markdown', version, text), settings);
          const whole = renderWhole(document, clauses);
          const rendered = renderPolicy(document, clauses);
          assert.equal(rendered.html, whole.html, `html at version ${version}`);
          assert.deepEqual(rendered.toc, whole.toc, `contents at version ${version}`);
        };
        check();
        for (const edit of edits) {
          text = applyEdit(text, edit);
          version++;
          check();
        }
      }),
      { numRuns: 200, seed: 31337 },
    );
  });

  test('An edit in one paragraph renders only that block again, and later blocks keep their lines', () => {
    const service = createPolicyLanguageService();
    let text = generatePolicy('ja', 30_000);
    const first = renderPolicy(service.getDocument(TextDocument.create(uri, 'policy-markdown', 1, text), settings));
    assert.ok(lastRenderCount().blocks > 50, 'the document is rendered block by block');
    const at = text.indexOf('\n\n', text.length >> 1) + 2;
    // A paragraph and four line breaks: everything after moves down four lines without being rendered again.
    text = `${text.slice(0, at)}追加の一文です。\n\n\n\n${text.slice(at)}`;
    const document = service.getDocument(TextDocument.create(uri, 'policy-markdown', 2, text), settings);
    const second = renderPolicy(document);
    assert.ok(lastRenderCount().rendered <= 2, `rendered ${lastRenderCount().rendered} blocks again`);
    assert.equal(second.html, renderWhole(document).html);
    const lastHeading = (html: string) => Number(/.*<h2 data-line="(\d+)"/s.exec(html)?.[1]);
    assert.equal(lastHeading(second.html), lastHeading(first.html) + 4);
    const lines = text.split('\n');
    assert.equal(lastHeading(second.html), lines.length - 1 - [...lines].reverse().findIndex((line) => line.startsWith('## ')));
  });

  test('Reference definitions and footnotes tie blocks together: the whole tree is rendered', () => {
    const service = createPolicyLanguageService();
    const text = '# T\n\nSee [the office][o] and a note[^1].\n\n[o]: https://example.com\n\n[^1]: The note.\n';
    const document = service.getDocument(TextDocument.create(uri, 'policy-markdown', 1, text), settings);
    const rendered = renderPolicy(document);
    assert.equal(lastRenderCount().blocks, 0);
    assert.match(rendered.html, /<a href="https:\/\/example.com">the office<\/a>/);
    assert.match(rendered.html, /<section[^>]*data-footnotes/);
  });
});
