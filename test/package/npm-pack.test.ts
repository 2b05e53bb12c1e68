import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../unit/cli/sarifSchema';

const root = findRepoRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; files?: string[]; dependencies?: Record<string, string> };

/** npm without the registry: everything the tarball needs is inside it. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });
}

suite('npm pack: the CLI as an npm package', function () {
  this.timeout(600000);
  let work: string;
  let tarball: string;
  let packed: string[];

  suiteSetup(() => {
    assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
    work = realpathSync(mkdtempSync(join(tmpdir(), 'policymd-pack-')));
    const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as { filename: string; files: { path: string }[]; size: number }[];
    tarball = join(work, info.filename);
    packed = info.files.map((file) => file.path).sort();
    console.log(`    ${info.filename}: ${(info.size / 1024).toFixed(0)} KiB, ${packed.length} files`);
  });
  suiteTeardown(() => rmSync(work, { recursive: true, force: true }));

  test('bin points at dist/cli.js, which keeps its shebang', () => {
    assert.deepEqual(Object.entries(manifest.bin), [['policymd', 'dist/cli.js']]);
    assert.ok(readFileSync(join(root, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n'));
  });

  test('the package has no runtime dependencies, because dist/cli.js is a bundle', () => {
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
  });

  test('the tarball holds the CLI, the server, package.json and the LICENSE, and no sources or tests', () => {
    for (const file of ['package.json', 'dist/cli.js', 'dist/server.js', 'LICENSE']) assert.ok(packed.includes(file), `${file} in ${packed.join(', ')}`);
    assert.ok(packed.includes('schemas/policymd.schema.json'), 'the .policymd.json schema, for "$schema" in projects that use only the CLI');
    const bad = packed.filter((path) => /\.ts$|\.map$|^(test|server|client|scripts|bench|out|node_modules)\/|fixtures|\.vsix$/.test(path));
    assert.deepEqual(bad, []);
  });

  test('installs offline into an empty project and "npx policymd check" works on the examples', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'policy-site', version: '1.0.0', private: true }));
    npm(['install', tarball], project);
    const bin = join(project, 'node_modules', '.bin', 'policymd');
    assert.ok(existsSync(bin), 'node_modules/.bin/policymd');
    assert.ok((statSync(bin).mode & 0o111) !== 0, 'the bin is executable');

    const policies = join(project, 'policies');
    const examples = join(root, 'examples');
    const hasExamples = existsSync(examples) && readdirSync(examples).some((name) => name.endsWith('.policy.md'));
    if (hasExamples) cpSync(examples, policies, { recursive: true });
    else {
      mkdirSync(policies);
      writeFileSync(join(policies, 'privacy.policy.md'), '# 個人情報の取扱いについて\n\n1. 利用する目的\n\n当社は、お預かりした情報を次の目的のために使います。\n');
    }
    const npx = (args: string[]) => spawnSync('npx', ['--offline', 'policymd', ...args], { cwd: project, encoding: 'utf8', timeout: 120000 });
    const version = npx(['--version']);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);
    const check = npx(['check', '--format', 'json', 'policies']);
    assert.ok(check.status === 0 || check.status === 1, `exit ${check.status}: ${check.stderr}`);
    const results = JSON.parse(check.stdout) as { filePath: string; messages: unknown[] }[];
    assert.ok(results.length >= 1);
    assert.ok(results.every((result) => result.filePath.startsWith(policies)));
    // Run straight through the bin link too, as a CI script would after "npm ci".
    const direct = spawnSync(bin, ['check', 'policies'], { cwd: project, encoding: 'utf8' });
    assert.equal(direct.status, check.status, direct.stderr);
  });
});
