import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/language/rules';
import { cleanPolicy, flawedPolicy, isRoot, onlyRules, runCli, tempDir, writeTree } from './cliHelpers';

const rules = onlyRules(['pseudo-heading', 'numbering-gap']);

suite('policymd check (process)', () => {
  let root: string;
  setup(() => {
    root = tempDir();
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('exit 0 for a clean policy, with a summary line', () => {
    writeTree(root, { '.policymd.json': rules, 'clean.policy.md': cleanPolicy });
    const run = runCli(['check'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '1 file checked: 0 errors, 0 warnings.\n');
    assert.equal(run.stderr, '');
  });

  test('warnings alone exit 0; --max-warnings fails only when exceeded', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const plain = runCli(['check'], root);
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, /^a\.policy\.md:3:1 warning .+ \[pseudo-heading\]\na\.policy\.md:9:1 warning .+ \[numbering-gap\]\n\n1 file checked: 0 errors, 2 warnings\. 2 fixable with `policymd fix`\.\n$/);
    assert.equal(runCli(['check', '--max-warnings', '2'], root).status, 0);
    const over = runCli(['check', '--max-warnings', '1'], root);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /2 warnings exceed --max-warnings 1/);
    assert.equal(runCli(['check', '--max-warnings', 'x'], root).status, 2);
  });

  test('--rule raises a rule to error (exit 1) or turns it off; a bad --rule is exit 2', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const raised = runCli(['check', '--rule', 'pseudo-heading=error'], root);
    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /a\.policy\.md:3:1 error .+ \[pseudo-heading\]/);
    const off = runCli(['check', '--rule', 'pseudo-heading=off', '--rule', 'numbering-gap=off'], root);
    assert.equal(off.status, 0);
    assert.match(off.stdout, /0 errors, 0 warnings/);
    const unknown = runCli(['check', '--rule', 'no-such-rule=error'], root);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^policymd: --rule: unknown rule "no-such-rule"/);
  });

  test('--quiet reports errors only', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const quiet = runCli(['check', '--quiet', '--rule', 'numbering-gap=error'], root);
    assert.equal(quiet.status, 1);
    assert.doesNotMatch(quiet.stdout, /pseudo-heading/);
    assert.match(quiet.stdout, /\[numbering-gap\]/);
    const json = JSON.parse(runCli(['check', '--quiet', '--format', 'json'], root).stdout);
    assert.deepEqual(json[0].messages, []);
  });

  test('--format json, sarif and github print parseable output on stdout', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const json = runCli(['check', '--format', 'json'], root);
    const parsed = JSON.parse(json.stdout);
    assert.equal(parsed[0].filePath, join(root, 'a.policy.md'));
    assert.deepEqual(parsed[0].messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line]), [['pseudo-heading', 3], ['numbering-gap', 9]]);
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif'], root).stdout);
    assert.equal(sarif.runs[0].results.length, 2);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a.policy.md');
    const github = runCli(['check', '--format', 'github'], root).stdout.trimEnd().split('\n');
    assert.equal(github.length, 2);
    assert.match(github[0], /^::warning file=a\.policy\.md,line=3,col=1,endLine=3,endColumn=\d+,title=policymd pseudo-heading::/);
    assert.equal(runCli(['check', '--format', 'xml'], root).status, 2);
  });

  test('colour only on request or a TTY: FORCE_COLOR adds it, --no-color and NO_COLOR remove it', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    assert.doesNotMatch(runCli(['check'], root).stdout, /\u001b\[/);
    assert.match(runCli(['check'], root, { FORCE_COLOR: '1' }).stdout, /\u001b\[33mwarning/);
    assert.doesNotMatch(runCli(['check', '--no-color'], root, { FORCE_COLOR: '1' }).stdout, /\u001b\[/);
    assert.doesNotMatch(runCli(['check'], root, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/);
    assert.doesNotMatch(runCli(['check', '--format', 'json'], root, { FORCE_COLOR: '1' }).stdout, /\u001b\[/);
  });

  test('--message-language picks the language of the messages', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': flawedPolicy });
    const messages = (language: string) => JSON.parse(runCli(['check', '--format', 'json', '--message-language', language], root).stdout)[0].messages[0].message as string;
    assert.match(messages('ja'), /見出し/);
    assert.match(messages('en'), /heading/i);
    assert.equal(runCli(['check', '--message-language', 'fr'], root).status, 2);
  });

  test('--profile is validated', () => {
    writeTree(root, { '.policymd.json': rules, 'a.policy.md': cleanPolicy });
    assert.equal(runCli(['check', '--profile', 'jp-pmark'], root).status, 0);
    const bad = runCli(['check', '--profile', 'jp-api'], root);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown profile "jp-api"/);
  });

  test('the nearest .policymd.json wins; --config replaces it for every file', () => {
    writeTree(root, {
      '.policymd.json': rules,
      'a.policy.md': flawedPolicy,
      'strict/.policymd.json': onlyRules(['pseudo-heading'], { 'pseudo-heading': 'error' }),
      'strict/b.policy.md': flawedPolicy,
      'lenient.json': onlyRules([]),
    });
    const run = runCli(['check', '--format', 'json'], root);
    assert.equal(run.status, 1);
    const [a, b] = JSON.parse(run.stdout);
    assert.deepEqual(a.messages.map((m: { severity: number }) => m.severity), [1, 1]);
    assert.deepEqual(b.messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]), [['pseudo-heading', 2]]);
    const replaced = runCli(['check', '--config', 'lenient.json'], root);
    assert.equal(replaced.status, 0);
    assert.match(replaced.stdout, /2 files checked: 0 errors, 0 warnings/);
  });

  test('a bad configuration is exit 2 naming the file and the reason', () => {
    writeTree(root, { 'a.policy.md': cleanPolicy, 'sub/.policymd.json': '{ "rules": { "pseudo-heading": "loud" } }', 'sub/b.policy.md': cleanPolicy, 'broken/.policymd.json': '{ "profile": ', 'broken/c.policy.md': cleanPolicy });
    const run = runCli(['check', 'sub', 'broken'], root);
    assert.equal(run.status, 2);
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    const sub = join(root, 'sub', '.policymd.json');
    assert.ok(lines.includes(`policymd: bad configuration ${sub}: rules.pseudo-heading: Severity of "pseudo-heading" must be one of off, hint, info, warning, error.`), run.stderr);
    assert.ok(lines.some((line) => line.startsWith(`policymd: bad configuration ${join(root, 'broken', '.policymd.json')}: `) && /JSON/.test(line)), run.stderr);
    const typo = runCli(['check', '--config', 'missing.json'], root);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^policymd: bad configuration .*missing\.json: ENOENT/);
    writeTree(root, { 'unknown.json': '{ "profil": "jp-appi" }' });
    const unknownKey = runCli(['check', '--config', 'unknown.json'], root);
    assert.equal(unknownKey.status, 2);
    assert.match(unknownKey.stderr, /Unknown setting "profil"/);
  });

  test('directories, globs, .gitignore and node_modules; results in stable order', () => {
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n',
      '.policymd.json': rules,
      'z.policy.md': cleanPolicy,
      'docs/b.policy.md': cleanPolicy,
      'docs/a.md': '---\npolicy: privacy\n---\n# Privacy\n\nWe keep your data safe.\n',
      'docs/readme.md': '# Not a policy\n',
      'drafts/x.policy.md': flawedPolicy,
      'node_modules/dep/y.policy.md': flawedPolicy,
    });
    const files = (args: string[]) => JSON.parse(runCli(['check', '--format', 'json', ...args], root).stdout).map((r: { filePath: string }) => r.filePath.slice(root.length + 1));
    assert.deepEqual(files([]), ['docs/a.md', 'docs/b.policy.md', 'z.policy.md']);
    assert.deepEqual(files(['docs']), ['docs/a.md', 'docs/b.policy.md']);
    assert.deepEqual(files(['**/*.policy.md']), ['docs/b.policy.md', 'z.policy.md']);
    assert.deepEqual(files(['drafts/x.policy.md']), ['drafts/x.policy.md']);
    const nothing = runCli(['check', 'drafts'], root);
    assert.equal(nothing.status, 2);
    assert.match(nothing.stderr, /^policymd: drafts: no policy files found.*skipped by \.gitignore/);
  });

  test('I/O problems are one line each and exit 2; readable files are still reported', () => {
    writeTree(root, {
      '.policymd.json': rules,
      'good.policy.md': flawedPolicy,
      'binary.policy.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
      'latin1.policy.md': Buffer.from('# Politique de confidentialit\xe9\n', 'latin1'),
      'utf16.policy.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Policy\n', 'utf16le')]),
    });
    mkdirSync(join(root, 'folder.policy.md'));
    symlinkSync('loop-b.policy.md', join(root, 'loop-a.policy.md'));
    symlinkSync('loop-a.policy.md', join(root, 'loop-b.policy.md'));
    writeFileSync(join(root, 'huge.policy.md'), '');
    truncateSync(join(root, 'huge.policy.md'), 21 * 1024 * 1024);
    execFileSync('mkfifo', [join(root, 'pipe.policy.md')]);
    const expectations: [string, RegExp][] = [
      ['binary.policy.md', /binary.policy.md looks like a binary file/],
      ['latin1.policy.md', /latin1.policy.md is not valid UTF-8/],
      ['utf16.policy.md', /utf16.policy.md is UTF-16; save it as UTF-8/],
      ['folder.policy.md', /folder.policy.md: no policy files found/],
      ['loop-a.policy.md', /loop-a.policy.md: too many levels of symbolic links/],
      ['huge.policy.md', /huge.policy.md is larger than the 20 MB limit/],
      ['pipe.policy.md', /pipe.policy.md is not a regular file/],
      ['missing.policy.md', /missing.policy.md: no such file or directory/],
    ];
    for (const [file, pattern] of expectations) {
      const run = runCli(['check', '--format', 'json', 'good.policy.md', file], root);
      assert.equal(run.status, 2, `${file}: ${run.stderr}`);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `${file}: one line, got ${run.stderr}`);
      assert.match(lines[0], /^policymd: /);
      assert.match(lines[0], pattern);
      assert.equal(JSON.parse(run.stdout)[0].messages.length, 2, `${file}: the good file is still checked`);
    }
  });

  test('an unreadable file is one line and exit 2', function () {
    writeTree(root, { '.policymd.json': rules, 'secret.policy.md': cleanPolicy });
    chmodSync(join(root, 'secret.policy.md'), 0o000);
    const run = runCli(['check', 'secret.policy.md'], root);
    if (isRoot) {
      // Root reads any file: the permission check cannot be provoked here, only that nothing breaks.
      assert.equal(run.status, 0);
      return;
    }
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^policymd: .*secret\.policy\.md: permission denied\n$/);
  });

  test('usage errors: no command, unknown command, unknown option', () => {
    const none = runCli([], root);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^Usage: policymd <command>/);
    const unknown = runCli(['lint'], root);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^policymd: unknown command "lint"/);
    const option = runCli(['check', '--frmat', 'json'], root);
    assert.equal(option.status, 2);
    assert.equal(option.stderr, 'policymd: check: unknown option --frmat (see policymd check --help)\n');
  });

  test('--help and --version for the program and every command', () => {
    const version = runCli(['--version'], root);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(runCli(['--help'], root).stdout, /Commands:\n\s+check.*\n\s+fix.*\n\s+rules/);
    for (const command of ['check', 'fix', 'rules']) {
      const help = runCli([command, '--help'], root);
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`^Usage: policymd ${command}`));
      assert.equal(runCli([command, '-v'], root).stdout, version.stdout);
      assert.equal(runCli(['help', command], root).stdout, help.stdout);
    }
  });

  test('rules lists every registered rule with per-profile severities and fixability', () => {
    const text = runCli(['rules'], root);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^rule\s+jp-appi\s+jp-pmark\s+eu-gdpr\s+none\s+fixable\s+description\n/);
    for (const rule of allRules) assert.match(text.stdout, new RegExp(`^${rule.id}\\s+`, 'm'));
    const json = JSON.parse(runCli(['rules', '--format', 'json', '--message-language', 'ja'], root).stdout);
    assert.deepEqual(json.map((r: { id: string }) => r.id), allRules.map((rule) => rule.id));
    const heading = json.find((r: { id: string }) => r.id === 'pseudo-heading');
    assert.equal(heading.fixable, true);
    assert.equal(heading.severity['jp-appi'], 'warning');
    assert.equal(heading.description, allRules.find((r) => r.id === 'pseudo-heading')?.description.ja);
  });
});
