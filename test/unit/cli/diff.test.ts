import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unifiedDiff } from '../../../server/src/cli/diff';

/** Applies a unified diff strictly: every context and removed line must match where the hunk says. */
function applyPatch(oldText: string, patch: string): string {
  // Lines keep their terminators, so a missing final newline is just a line without one.
  const oldLines = oldText.split(/(?<=\n)/).filter((line) => line !== '');
  const lines = patch.split('\n');
  assert.ok(lines[0].startsWith('--- ') && lines[1].startsWith('+++ '), 'headers');
  let out = '';
  let cursor = 0;
  let i = 2;
  while (i < lines.length && lines[i] !== '') {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(lines[i]);
    assert.ok(header, `hunk header: ${lines[i]}`);
    const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
    assert.ok(start >= cursor, 'hunks in order');
    out += oldLines.slice(cursor, start).join('');
    cursor = start;
    i++;
    while (i < lines.length && /^[ +-]/.test(lines[i])) {
      const kind = lines[i][0];
      const noNewline = lines[i + 1]?.startsWith('\\') === true;
      const body = lines[i].slice(1) + (noNewline ? '' : '\n');
      if (kind !== '+') {
        assert.equal(oldLines[cursor], body, `old line ${cursor + 1}`);
        cursor++;
      }
      if (kind !== '-') out += body;
      i += noNewline ? 2 : 1;
    }
  }
  return out + oldLines.slice(cursor).join('');
}

suite('CLI unified diff', () => {
  test('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x'), '');
  });

  test('shows a one-line change with three lines of context and diff(1) ranges', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const after = before.replace('5\n', 'five\n');
    assert.equal(unifiedDiff(before, after, 'a/p.md', 'b/p.md'), ['--- a/p.md', '+++ b/p.md', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'));
  });

  test('keeps distant changes in separate hunks and near ones in one', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const changed = lines.map((line, i) => (i === 1 || i === 5 || i === 25 ? `${line}!` : line));
    const patch = unifiedDiff(lines.join('\n') + '\n', changed.join('\n') + '\n', 'a/x', 'b/x');
    assert.deepEqual(patch.split('\n').filter((line) => line.startsWith('@@')), ['@@ -1,9 +1,9 @@', '@@ -23,7 +23,7 @@']);
  });

  test('marks a missing final newline', () => {
    const patch = unifiedDiff('a\nb', 'a\nc', 'a/x', 'b/x');
    assert.equal(patch, ['--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+c', '\\ No newline at end of file', ''].join('\n'));
    assert.equal(unifiedDiff('a\nb', 'a\nb\n', 'a/x', 'b/x'), ['--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+b', ''].join('\n'));
  });

  test('an insertion into an empty file and a deletion of everything', () => {
    assert.equal(unifiedDiff('', 'x\n', 'a/f', 'b/f'), '--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n');
    assert.equal(unifiedDiff('x\ny\n', '', 'a/f', 'b/f'), '--- a/f\n+++ b/f\n@@ -1,2 +0,0 @@\n-x\n-y\n');
  });

  test('applying the diff to the old text gives the new text (property)', () => {
    const line = fc.constantFrom('a', 'b', 'c', '# 見出し', '(1) 項目', '');
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.boolean()).map(([lines, finalNewline]) => (lines.length === 0 ? '' : lines.join('\n') + (finalNewline ? '\n' : '')));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = unifiedDiff(before, after, 'a/x', 'b/x');
        if (before === after) return patch === '';
        return applyPatch(before, patch) === after;
      }),
      { numRuns: 500 },
    );
  });

  test('stays fast and correct on a large document with changes everywhere', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `(${i + 1}) 項目`);
    const before = lines.join('\n') + '\n';
    const after = lines.map((line, i) => (i % 4 === 0 ? `${line}。` : line)).join('\n') + '\n';
    const started = Date.now();
    const patch = unifiedDiff(before, after, 'a/x', 'b/x');
    assert.ok(Date.now() - started < 5000, 'diff took too long');
    assert.equal(applyPatch(before, patch), after);
  });
});
