import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../../server/src/language/rules';
import { findRepoRoot } from '../unit/cli/sarifSchema';

export const repoRoot = findRepoRoot();
export const cliPath = join(repoRoot, 'dist', 'cli.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a user would, with colour and CI variables cleared unless given. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Run {
  assert.ok(existsSync(cliPath), `${cliPath} is missing: run "npm run build" first`);
  const base = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'POLICYMD_DEBUG']) delete base[name];
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder (real path, so macOS /private and symlinked tmp dirs compare equal). */
export function tempDir(prefix = 'policymd-cli-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A `.policymd.json` that turns off every rule but these, so rules added later do not change a test. */
export function onlyRules(ids: readonly string[], overrides: Record<string, string> = {}): string {
  const rules = Object.fromEntries(allRules.map((rule) => [rule.id, ids.includes(rule.id) ? rule.defaultSeverity : 'off']));
  return JSON.stringify({ rules: { ...rules, ...overrides } }, null, 2);
}

/** A policy with two findings that have safe fixes: a numbered pseudo-heading and a numbering gap. */
export const flawedPolicy = [
  '# 個人情報の取扱いについて',
  '',
  '1. 利用する目的',
  '',
  '当社は、お預かりした情報を次の目的のために使います。',
  '',
  '(1) 注文品の配送',
  '',
  '(3) 問い合わせへの返答',
  '',
].join('\n');

/** The same policy with both findings fixed as the safe fixes do. */
export const fixedPolicy = flawedPolicy.replace('1. 利用する目的', '## 1. 利用する目的').replace('(3) 問い合わせ', '(2) 問い合わせ');

export const cleanPolicy = ['# 個人情報の取扱いについて', '', '## 利用する目的', '', '当社は、お預かりした情報を次の目的のために使います。', ''].join('\n');

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
