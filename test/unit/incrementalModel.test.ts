import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePolicy } from '../../bench/generate';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { computeDiagnostics } from '../../server/src/language/features/diagnostics';
import { buildPolicyDocument, type BuiltDocument } from '../../server/src/language/model/buildDocument';
import type { PolicyDocument } from '../../server/src/language/model/types';
import { parseMarkdown } from '../../server/src/language/parse/markdown';
import { fixturesDir, readDocuments, sharedDir } from './helpers';

// The model builders and some rules keep what they computed for a block or a text from one version
// to the next. These properties check that typing into realistic policies (generated ones, the
// repository's documents and, where present, the shared seeds) never leaves the model or the
// diagnostics different from a build from scratch.

const documents = [
  generatePolicy('ja', 9_000),
  generatePolicy('en', 9_000),
  ...readDocuments(join(fixturesDir, 'documents'), /\.md$/),
  ...readDocuments(join(sharedDir, 'seeds'), /\.(?:md|txt)$/),
];

// What writers type, and what changes structure: new blocks, list and table markers, headings,
// numbering, names and variant spellings that rules count across the document.
const inserts = ['の', 'e', ' ', '\n', '\n\n', '- ', '1. ', '| ', ' | x |', '## ', '（1）', '第5条', '株式会社テスト', 'お客さま', 'お客様', '取扱い', '第三者に提供', 'privacy@example.jp', '\t', ''];

// Where the edit goes, in ten-thousandths of the text: fc.double favours values near 0, which would
// put almost every edit in the first chunk, where the parse starts afresh and nothing is reused.
type Edit = { at: number; remove: number; insert: string };
const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.integer({ min: 0, max: 10_000 }),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 30 })),
  insert: fc.constantFrom(...inserts),
});

function applyEdit(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor((edit.at / 10_000) * (text.length + 1)));
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** The model as plain data, without the tree (compared on its own) and the line index. */
function modelOf(document: PolicyDocument): string {
  return JSON.stringify(document, (key, value: unknown) => (['lines', 'root', 'blocks', 'version'].includes(key) ? undefined : value));
}

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

suite('Incremental model and diagnostics', () => {
  test('After random edits to realistic policies, model and diagnostics equal a fresh build', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: documents.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), fc.integer({ min: 150, max: 1200 }), (which, edits, minChunkLength) => {
        let text = documents[which];
        let built: BuiltDocument = buildPolicyDocument('file:///a.policy.md', 1, text, {}, parseMarkdown(text, undefined, { minChunkLength }));
        for (const [i, edit] of edits.entries()) {
          text = applyEdit(text, edit);
          built = buildPolicyDocument('file:///a.policy.md', i + 2, text, {}, built.parse);
          const fresh = buildPolicyDocument('file:///a.policy.md', i + 2, text);
          assert.deepEqual(built.document.root, fresh.document.root, 'tree');
          assert.equal(modelOf(built.document), modelOf(fresh.document), 'model');
          assert.deepEqual(computeDiagnostics(built.document, settings), computeDiagnostics(fresh.document, settings), 'diagnostics');
        }
      }),
      { numRuns: 30, seed: 2026 },
    );
  });

  test('Typing through the language service gives the diagnostics of a fresh service at every version', function () {
    this.timeout(120_000);
    const service = createPolicyLanguageService();
    let text = generatePolicy('ja', 30_000);
    const uri = 'file:///typing.policy.md';
    // Mid-document, inside a list item and a table row, and a new heading: each changes what the
    // builders cache for one block and shifts every block after it.
    const places = [text.indexOf('\n- ', text.length >> 1) + 3, text.indexOf('\n| ', text.length >> 2) + 3, text.length >> 1, text.indexOf('\n## ', text.length >> 1) + 1];
    assert.ok(places.every((place) => place > 0));
    let version = 1;
    service.computeDiagnostics(TextDocument.create(uri, 'policy-markdown', version, text), settings);
    for (const [n, place] of places.entries()) {
      for (const typed of ['の', '\n\n## 第99条（お問い合わせ）\n\n', 'お客さま']) {
        const at = Math.min(text.length, place + n * typed.length);
        text = text.slice(0, at) + typed + text.slice(at);
        version++;
        const incremental = service.computeDiagnostics(TextDocument.create(uri, 'policy-markdown', version, text), settings);
        const fresh = createPolicyLanguageService().computeDiagnostics(TextDocument.create(uri, 'policy-markdown', version, text), settings);
        assert.deepEqual(incremental, fresh, `version ${version}`);
      }
    }
  });
});
