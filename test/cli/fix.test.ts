import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPolicy, fixedPolicy, flawedPolicy, onlyRules, runCli, tempDir, writeTree } from './cliHelpers';

const rules = onlyRules(['pseudo-heading', 'numbering-gap']);

suite('policymd fix (process)', () => {
  let root: string;
  setup(() => {
    root = tempDir();
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('applies every safe fix in place, then check is clean', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy, 'b.policy.md': cleanPolicy });
    const run = runCli(['fix'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), fixedPolicy);
    assert.equal(readFileSync(join(root, 'b.policy.md'), 'utf8'), cleanPolicy);
    assert.match(run.stdout, /^fixed a\.policy\.md: 2 problem\(s\) in 1 pass\(es\)\n2 file\(s\) checked, fixed 2 problem\(s\) in 1 file\(s\); 0 finding\(s\) remain\.\n$/);
    assert.equal(runCli(['check'], root).status, 0);
    assert.deepEqual(readdirSync(root).sort(), ['.policymd.json', 'a.policy.md', 'b.policy.md'], 'no temporary file is left behind');
  });

  test('--dry-run prints a unified diff that git apply accepts, and changes nothing', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const before = statSync(join(root, 'a.policy.md'));
    const run = runCli(['fix', '--dry-run'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), flawedPolicy);
    assert.equal(statSync(join(root, 'a.policy.md')).mtimeMs, before.mtimeMs);
    assert.match(run.stdout, /^--- a\/a\.policy\.md\n\+\+\+ b\/a\.policy\.md\n@@ -1,9 \+1,9 @@\n/);
    assert.match(run.stdout, /^-1\. 利用する目的\n\+## 1\. 利用する目的$/m);
    assert.match(run.stdout, /^-\(3\) 問い合わせへの返答\n\+\(2\) 問い合わせへの返答$/m);
    assert.match(run.stderr, /would fix 2 problem\(s\) in 1 file\(s\)/);
    writeFileSync(join(root, 'fix.patch'), run.stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: root });
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), fixedPolicy);
  });

  test('keeps a byte order mark, the file mode and a symlink', () => {
    writeTree(root, { '.policymd.json': rules, 'real/a.policy.md': '\ufeff' + flawedPolicy });
    chmodSync(join(root, 'real', 'a.policy.md'), 0o640);
    symlinkSync(join('real', 'a.policy.md'), join(root, 'link.policy.md'));
    const run = runCli(['fix', 'link.policy.md'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(lstatSync(join(root, 'link.policy.md')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(join(root, 'real', 'a.policy.md'), 'utf8'), '\ufeff' + fixedPolicy);
    assert.equal(statSync(join(root, 'real', 'a.policy.md')).mode & 0o777, 0o640);
  });

  test('a file with nothing to fix is not rewritten', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': cleanPolicy });
    const before = statSync(join(root, 'a.policy.md'));
    const run = runCli(['fix'], root);
    assert.equal(run.status, 0);
    assert.equal(statSync(join(root, 'a.policy.md')).mtimeMs, before.mtimeMs);
    assert.match(run.stdout, /fixed 0 problem\(s\) in 0 file\(s\)/);
  });

  test('a read-only file is left untouched with a one-line error and exit 2; other files are fixed', () => {
    writeTree(root, { '.policymd.json': rules, 'locked.policy.md': flawedPolicy, 'open.policy.md': flawedPolicy });
    chmodSync(join(root, 'locked.policy.md'), 0o444);
    const run = runCli(['fix'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^policymd: .*locked\.policy\.md (is read-only; nothing written|: permission denied)\n$/);
    assert.equal(readFileSync(join(root, 'locked.policy.md'), 'utf8'), flawedPolicy);
    assert.equal(readFileSync(join(root, 'open.policy.md'), 'utf8'), fixedPolicy);
  });

  test('bad input is exit 2 and writes nothing', () => {
    writeTree(root, { '.policymd.json': rules, 'bad.policy.md': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) });
    copyFileSync(join(root, 'bad.policy.md'), join(root, 'copy.bin'));
    const run = runCli(['fix', 'bad.policy.md'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /bad\.policy\.md is not valid UTF-8/);
    assert.deepEqual(readFileSync(join(root, 'bad.policy.md')), readFileSync(join(root, 'copy.bin')));
  });

  test('--rule off keeps a rule from fixing', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    assert.equal(runCli(['fix', '--rule', 'numbering-gap=off'], root).status, 0);
    assert.equal(readFileSync(join(root, 'a.policy.md'), 'utf8'), flawedPolicy.replace('1. 利用する目的', '## 1. 利用する目的'));
  });
});
