import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { hasPolicyFrontMatter, selectFiles } from '../../../server/src/cli/files';
import { parseCount, parseRuleOverrides } from '../../../server/src/cli/options';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'policymd-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const policy = '# 個人情報の取扱い\n';
const frontMatter = '---\npolicy: privacy\n---\n# Privacy\n';

suite('CLI file selection', () => {
  let root: string;
  teardown(() => rmSync(root, { recursive: true, force: true }));

  const rel = (files: string[]) => files.map((file) => relative(root, file).split('\\').join('/'));

  test('default: *.policy.md and .md with policy: front matter, sorted, node_modules and hidden directories skipped', () => {
    root = tree({
      'b.policy.md': policy,
      'a/z.policy.md': policy,
      'a/readme.md': '# Readme\n',
      'a/cookie.md': frontMatter,
      'node_modules/pkg/x.policy.md': policy,
      '.hidden/y.policy.md': policy,
      'notes.txt': 'policy: no',
      'B.policy.md': policy,
    });
    assert.deepEqual(rel(selectFiles([], root).files), ['B.policy.md', 'a/cookie.md', 'a/z.policy.md', 'b.policy.md']);
  });

  test('.gitignore of the working directory, its repository ancestors and nested directories apply, with ! re-inclusion', () => {
    root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.draft.policy.md\n',
      'pkg/.gitignore': 'private/\n!keep.draft.policy.md\n',
      'pkg/a.policy.md': policy,
      'pkg/x.draft.policy.md': policy,
      'pkg/keep.draft.policy.md': policy,
      'pkg/private/p.policy.md': policy,
      'build/out.policy.md': policy,
    });
    assert.deepEqual(rel(selectFiles([], join(root, 'pkg')).files), ['pkg/a.policy.md', 'pkg/keep.draft.policy.md']);
    assert.deepEqual(rel(selectFiles([], root).files), ['pkg/a.policy.md', 'pkg/keep.draft.policy.md']);
  });

  test('a file named explicitly is checked even when ignored or not named .policy.md', () => {
    root = tree({ '.gitignore': '*.txt\n', 'seed.txt': policy });
    assert.deepEqual(rel(selectFiles(['seed.txt'], root).files), ['seed.txt']);
  });

  test('globs select policy files under their static prefix; a glob that matches nothing is a problem', () => {
    root = tree({ 'docs/ja/a.policy.md': policy, 'docs/en/b.policy.md': policy, 'other/c.policy.md': policy });
    assert.deepEqual(rel(selectFiles(['docs/**/*.policy.md'], root).files), ['docs/en/b.policy.md', 'docs/ja/a.policy.md']);
    const none = selectFiles(['nothing/**/*.policy.md'], root);
    assert.deepEqual(none.files, []);
    assert.match(none.problems[0], /^nothing\/\*\*\/\*\.policy\.md: no policy files found/);
  });

  test('missing operands and directories without policies are reported one line each', () => {
    root = tree({ 'empty/readme.md': '# x\n', '.gitignore': 'ignored/\n', 'ignored/a.policy.md': policy });
    const { problems } = selectFiles(['missing.policy.md', 'empty', 'ignored'], root);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /^missing\.policy\.md: no such file or directory$/);
    assert.match(problems[1], /^empty: no policy files found/);
    assert.match(problems[2], /^ignored: no policy files found.*\(1 skipped by \.gitignore\)$/);
  });

  test('a symlink loop between directories is walked once, without hanging', () => {
    root = tree({ 'a/x.policy.md': policy });
    symlinkSync('..', join(root, 'a', 'up'));
    symlinkSync(join(root, 'a'), join(root, 'a', 'self'));
    assert.deepEqual(rel(selectFiles([], root).files), ['a/x.policy.md']);
  });

  test('a symlink loop named explicitly is a one-line problem', () => {
    root = tree({});
    symlinkSync('two.policy.md', join(root, 'one.policy.md'));
    symlinkSync('one.policy.md', join(root, 'two.policy.md'));
    assert.match(selectFiles(['one.policy.md'], root).problems[0], /^one\.policy\.md: too many levels of symbolic links/);
  });

  test('front matter is recognised from the head of the file only', () => {
    root = tree({ 'a.md': frontMatter, 'b.md': '\ufeff' + frontMatter, 'c.md': '# x\n\n---\npolicy: privacy\n---\n', 'd.md': `---\ntitle: x\n---\n${'x'.repeat(10000)}` });
    assert.deepEqual(['a.md', 'b.md', 'c.md', 'd.md'].map((name) => hasPolicyFrontMatter(join(root, name))), [true, true, false, false]);
  });
});

suite('CLI options', () => {
  test('--rule takes id=severity, rejects unknown rules with a suggestion and bad severities', () => {
    assert.deepEqual({ ...parseRuleOverrides(['pseudo-heading=error', 'numbering-gap=off']) }, { 'pseudo-heading': 'error', 'numbering-gap': 'off' });
    assert.throws(() => parseRuleOverrides(['pseudo-headng=error']), /unknown rule "pseudo-headng"; did you mean "pseudo-heading"\?/);
    assert.throws(() => parseRuleOverrides(['pseudo-heading=fatal']), /unknown severity "fatal"/);
    assert.throws(() => parseRuleOverrides(['pseudo-heading']), /expects id=severity/);
  });

  test('--max-warnings takes a whole number', () => {
    assert.equal(parseCount('max-warnings', '0'), 0);
    assert.equal(parseCount('max-warnings', undefined), undefined);
    assert.throws(() => parseCount('max-warnings', '-1'), /whole number/);
    assert.throws(() => parseCount('max-warnings', 'ten'), /whole number/);
  });
});
