import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolicy, writeFileAtomic } from '../../../server/src/cli/io';

// The module object itself (not an import binding), which the bundled code under test calls through.
const fs = createRequire(__filename)('node:fs') as Record<string, unknown>;

/** Replaces one fs function for the duration of a callback; the bundle calls fs through the module object. */
function withFailing<K extends 'renameSync' | 'writeSync' | 'fsyncSync'>(name: K, body: () => void): void {
  const original = fs[name];
  fs[name] = () => {
    throw Object.assign(new Error(`simulated ${name} failure`), { code: 'ENOSPC' });
  };
  try {
    body();
  } finally {
    fs[name] = original;
  }
}

suite('CLI file I/O', () => {
  let root: string;
  setup(() => {
    root = mkdtempSync(join(tmpdir(), 'policymd-io-'));
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  for (const failing of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    test(`a failing ${failing} leaves the original file whole and no temporary file`, () => {
      const path = join(root, 'a.policy.md');
      writeFileSync(path, '# 元の内容\n');
      withFailing(failing, () => assert.throws(() => writeFileAtomic(path, '# 新しい内容\n'), /a\.policy\.md: simulated/));
      assert.equal(readFileSync(path, 'utf8'), '# 元の内容\n');
      assert.deepEqual(readdirSync(root), ['a.policy.md']);
    });
  }

  test('writes the whole text and replaces the file', () => {
    const path = join(root, 'a.policy.md');
    writeFileSync(path, 'old');
    const text = '# 方針\n'.repeat(100000);
    writeFileAtomic(path, text);
    assert.equal(readFileSync(path, 'utf8'), text);
    assert.deepEqual(readdirSync(root), ['a.policy.md']);
  });

  test('creates a file that does not exist yet', () => {
    const path = join(root, 'page.html');
    writeFileAtomic(path, '<!doctype html>\n');
    assert.equal(readFileSync(path, 'utf8'), '<!doctype html>\n');
    assert.deepEqual(readdirSync(root), ['page.html']);
  });

  test('reads UTF-8 with and without a byte order mark', () => {
    writeFileSync(join(root, 'bom.md'), '\ufeff# 方針\n');
    writeFileSync(join(root, 'plain.md'), '# 方針\n');
    assert.deepEqual(readPolicy(join(root, 'bom.md')), { text: '# 方針\n', bom: true });
    assert.deepEqual(readPolicy(join(root, 'plain.md')), { text: '# 方針\n', bom: false });
  });
});
