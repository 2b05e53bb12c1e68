import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { applyEdits, collectSafeEdits } from '../../server/src/language/features/fixes';
import type { TextEdit } from '../../server/src/language/rules/types';
import { sharedDir } from './helpers';

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };
const maxPasses = 10;

/** Letters and digits, as a multiset: what a reader would call the text's content. */
function letters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.match(/[\p{L}\p{N}]/gu) ?? []) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** How many letters the edit removes without writing them back. */
function lettersLost(removed: string, inserted: string): number {
  const after = letters(inserted);
  let lost = 0;
  for (const [char, count] of letters(removed)) lost += Math.max(0, count - (after.get(char) ?? 0));
  return lost;
}

interface Pass {
  readonly before: string;
  readonly edits: readonly TextEdit[];
  readonly after: string;
  readonly errors: number;
}

let version = 0;
function analyse(uri: string, text: string) {
  const service = createPolicyLanguageService();
  const document = TextDocument.create(uri, 'policy-markdown', ++version, text);
  const diagnostics = service.computeDiagnostics(document, settings);
  return { diagnostics, errors: diagnostics.filter((d) => d.severity === 'error').length, lspEdits: () => {
    const action = service.getCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll.policymd'] }, settings)[0];
    return action?.edit?.changes?.[uri] ?? [];
  } };
}

/** Fix-all as `policymd fix` runs it: one pass of non-overlapping safe edits after another. */
function fixAll(uri: string, text: string): { passes: Pass[]; text: string; errorsBefore: number; errorsAfter: number } {
  const passes: Pass[] = [];
  let current = text;
  let analysis = analyse(uri, current);
  const errorsBefore = analysis.errors;
  for (let i = 0; i < maxPasses; i++) {
    const edits = collectSafeEdits(analysis.diagnostics);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    // The LSP action must carry the same edits, in positions, as the offsets the CLI applies.
    const lsp = analysis.lspEdits();
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'policy-markdown', 0, current), lsp), next, `LSP fix-all and offset edits differ in ${uri}`);
    analysis = analyse(uri, next);
    passes.push({ before: current, edits, after: next, errors: analysis.errors });
    if (next === current) break;
    current = next;
  }
  return { passes, text: current, errorsBefore, errorsAfter: analysis.errors };
}

function policies(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const dir of [join(sharedDir, 'seeds'), join(sharedDir, 'corpus', 'real')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/\.(?:txt|md)$/.test(name) && name !== 'SOURCES.md') files.push({ name, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
}

suite('Fix-all properties on the seeds and the corpus', function () {
  this.timeout(60000);
  const all = policies();

  test('the seeds and the corpus are there to test on', () => {
    assert.ok(all.length >= 2, `no policies found under ${sharedDir}`);
  });

  for (const { name, text } of all) {
    test(`${name}: fix-all keeps the text outside its edits, settles, is idempotent and adds no error`, () => {
      const uri = `file:///${name.replace(/\.(?:txt|md)$/, '')}.policy.md`;
      const result = fixAll(uri, text);
      for (const pass of result.passes) {
        const sorted = [...pass.edits].sort((a, b) => a.span.start - b.span.start);
        for (let i = 0; i < sorted.length; i++) {
          const edit = sorted[i];
          assert.ok(edit.span.start >= 0 && edit.span.end <= pass.before.length && edit.span.start <= edit.span.end, 'edit inside the text');
          if (i > 0) assert.ok(sorted[i - 1].span.end <= edit.span.start, `overlapping edits at ${edit.span.start}`);
          const removed = pass.before.slice(edit.span.start, edit.span.end);
          // Removing a duplicate loses nothing: the same words stand before it.
          const duplicate = removed.replace(/^[、,，\s]+/, '');
          const isDuplicate = duplicate.trim().length > 0 && pass.before.slice(0, edit.span.start).includes(duplicate.trim());
          assert.ok(isDuplicate || lettersLost(removed, edit.newText) <= 4, `an edit drops text: ${JSON.stringify(removed)} → ${JSON.stringify(edit.newText)}`);
        }
        // Byte-identical outside the edits: stitching the untouched stretches back together gives the input.
        let cursor = 0;
        let rebuilt = '';
        let out = 0;
        for (const edit of sorted) {
          const untouched = pass.before.slice(cursor, edit.span.start);
          assert.equal(pass.after.slice(out, out + untouched.length), untouched, 'text between edits unchanged');
          rebuilt += untouched + pass.before.slice(edit.span.start, edit.span.end);
          out += untouched.length + edit.newText.length;
          cursor = edit.span.end;
        }
        assert.equal(pass.after.slice(out), pass.before.slice(cursor), 'text after the last edit unchanged');
        assert.equal(rebuilt + pass.before.slice(cursor), pass.before);
      }
      assert.ok(result.passes.length < maxPasses, `fix-all did not settle in ${maxPasses} passes`);
      assert.deepEqual(collectSafeEdits(analyse(uri, result.text).diagnostics), [], 'a safe fix remains after fix-all');
      const again = fixAll(uri, result.text);
      assert.equal(again.text, result.text, 'fix-all twice differs from fix-all once');
      assert.ok(result.errorsAfter <= result.errorsBefore, `errors rose from ${result.errorsBefore} to ${result.errorsAfter}`);
    });
  }
});
