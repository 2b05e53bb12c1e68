import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeTree } from './cliHelpers';

const unformatted = ['# 個人情報の取扱い', '', '|提供先|項目|', '|-|-|', '|株式会社エー|氏名|', '', '- 同意', '* 法令', ''].join('\r\n');
const formatted = ['# 個人情報の取扱い', '', '| 提供先       | 項目 |', '| ------------ | ---- |', '| 株式会社エー | 氏名 |', '', '- 同意', '- 法令', ''].join('\r\n');

suite('policymd format (process)', () => {
  let root: string;
  setup(() => {
    root = tempDir();
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('formats in place, keeping CRLF and a byte order mark, and leaves formatted files untouched', () => {
    writeTree(root, { 'a.policy.md': '\ufeff' + unformatted, 'b.policy.md': formatted });
    const before = statSync(join(root, 'b.policy.md'));
    const run = runCli(['format', 'a.policy.md', 'b.policy.md'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), '\ufeff' + formatted);
    assert.equal(statSync(join(root, 'b.policy.md')).mtimeMs, before.mtimeMs);
    assert.equal(run.stdout, 'formatted a.policy.md\n2 file(s) checked, 1 formatted.\n');
  });

  test('--check lists what is not formatted, exits 1 and changes nothing; 0 once formatted', () => {
    writeTree(root, { 'a.policy.md': unformatted });
    const check = runCli(['format', '--check', 'a.policy.md'], root);
    assert.equal(check.status, 1, check.stderr);
    assert.equal(check.stdout, 'not formatted: a.policy.md\n');
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), unformatted);
    assert.equal(runCli(['format', 'a.policy.md'], root).status, 0);
    assert.equal(runCli(['format', '--check', 'a.policy.md'], root).status, 0);
  });

  test('--help describes the command and the program lists it', () => {
    const help = runCli(['format', '--help'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: policymd format/);
    assert.match(runCli(['--help'], root).stdout, /^\s+format\s+align tables/m);
  });

  test('a missing file is an I/O error (exit 2)', () => {
    const run = runCli(['format', 'missing.policy.md'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.policy\.md/);
  });
});
