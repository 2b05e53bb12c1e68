import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../unit/cli/sarifSchema';

const root = findRepoRoot();

/** The Neovim on PATH (apt-get install neovim), or NVIM=/path/to/nvim. */
function neovim(): { path: string; version: string } {
  const path = process.env.NVIM_BIN ?? 'nvim';
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(`Neovim is not installed (${probe.error?.message ?? probe.stderr}); run "apt-get install -y neovim" or set NVIM_BIN`);
  return { path, version: probe.stdout.split('\n')[0] };
}

// A policy whose first section opens with a numbered paragraph standing in for a heading.
const policy = ['# 個人情報の取扱いについて', '', '1. 利用する目的', '', '当社は、お預かりした情報を次の目的のために使います。', ''].join('\n');

suite('Neovim built-in LSP client', function () {
  this.timeout(120000);
  let work: string;
  setup(() => {
    work = mkdtempSync(join(tmpdir(), 'policymd-nvim-'));
  });
  teardown(() => rmSync(work, { recursive: true, force: true }));

  test('receives the pseudo-heading diagnostic from dist/server.js --stdio', () => {
    const server = join(root, 'dist', 'server.js');
    assert.ok(existsSync(server), 'dist/server.js is missing: run "npm run build" first');
    const nvim = neovim();
    const file = join(work, 'privacy.policy.md');
    const out = join(work, 'result.json');
    writeFileSync(file, policy);
    const run = spawnSync(nvim.path, ['--headless', '--clean', '-n', '-c', `luafile ${join(root, 'test', 'neovim', 'diagnostics.lua')}`], {
      cwd: work,
      env: { ...process.env, POLICYMD_SERVER: server, POLICYMD_FILE: file, POLICYMD_OUT: out },
      encoding: 'utf8',
      timeout: 90000,
    });
    assert.ok(existsSync(out), `no result from Neovim (${nvim.version}); exit ${run.status}, stderr: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { arrived: boolean; error?: string; diagnostics: { lnum: number; col: number; severity: number; message: string; source: string; code: string }[] };
    assert.equal(result.error, undefined);
    assert.ok(result.arrived, `no diagnostics arrived in ${nvim.version}`);
    const heading = result.diagnostics.find((d) => d.code === 'pseudo-heading');
    assert.ok(heading, JSON.stringify(result.diagnostics));
    assert.equal(heading.lnum, 2);
    assert.equal(heading.col, 0);
    assert.equal(heading.source, 'policymd');
    assert.equal(heading.severity, 2, 'warning');
    assert.match(heading.message, /heading|見出し/);
    console.log(`    ${nvim.version}: ${result.diagnostics.length} diagnostic(s), e.g. line ${heading.lnum + 1}: [${heading.code}]`);
  });
});
