import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, repoRoot, sharedDir } from '../unit/helpers';

interface Expectation {
  readonly [rule: string]: number[] | Record<string, string[]>;
}

interface CliMessage {
  readonly ruleId: string;
  readonly messageId: string;
  readonly line: number;
}

const seedsDir = join(sharedDir, 'seeds');
const expectationsDir = join(repoRoot, 'test', 'acceptance', 'expected');

/** Every expectation file merged: seed file name → rule → lines (and messageIds). */
function expectations(): Map<string, Expectation[]> {
  const merged = new Map<string, Expectation[]>();
  for (const name of readdirSync(expectationsDir).filter((file) => file.endsWith('.json')).sort()) {
    const content = JSON.parse(readFileSync(join(expectationsDir, name), 'utf8')) as Record<string, Expectation>;
    for (const [seed, expectation] of Object.entries(content)) merged.set(seed, [...(merged.get(seed) ?? []), expectation]);
  }
  return merged;
}

/** Runs the built CLI on a copy of the seed saved as .policy.md, as a writer would. */
function checkWithCli(seed: string): CliMessage[] {
  const dir = mkdtempSync(join(tmpdir(), 'policymd-seed-'));
  try {
    const file = join(dir, seed.replace(/\.txt$/, '.policy.md'));
    copyFileSync(join(seedsDir, seed), file);
    let output: string;
    try {
      output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status?: number; stdout?: string };
      assert.equal(failed.status, 1, 'exit 1 (errors found) is the only other acceptable exit');
      output = failed.stdout ?? '';
    }
    return (JSON.parse(output) as { messages: CliMessage[] }[])[0].messages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

suite('Acceptance: the seed policies', function () {
  this.timeout(60000);
  for (const [seed, list] of expectations()) {
    test(`${seed}: every finding the issues name, on exactly the named lines`, () => {
      const messages = checkWithCli(seed);
      for (const expectation of list) {
        for (const [rule, lines] of Object.entries(expectation)) {
          if (rule === 'messageIds') continue;
          const actual = messages.filter((m) => m.ruleId === rule).map((m) => m.line).sort((a, b) => a - b);
          assert.deepEqual(actual, [...(lines as number[])].sort((a, b) => a - b), `${rule} in ${seed}`);
        }
        const ids = (expectation.messageIds ?? {}) as Record<string, string[]>;
        for (const [rule, wanted] of Object.entries(ids)) {
          const actual = messages.filter((m) => m.ruleId === rule).map((m) => m.messageId);
          for (const id of wanted) assert.ok(actual.includes(id), `${rule} reports messageId ${id} in ${seed} (got ${actual.join(', ')})`);
        }
      }
    });
  }

  test('The first seed parses into sections of the expected kinds, with its pasted table as a 10 × 2 pseudo-table', () => {
    const { document } = analyze(readFileSync(join(seedsDir, '000_b103459df77d0800.txt'), 'utf8'));
    const kinds = new Set(document.sections.flatMap((s) => s.kinds));
    for (const kind of ['purposes', 'third-party', 'security', 'disclosure', 'contact']) assert.ok(kinds.has(kind as never), `section kind ${kind}`);
    const table = document.tables.find((t) => document.lines.positionAt(t.span.start).line + 1 === 58);
    assert.ok(table, 'a table starts on line 58');
    assert.equal(table.kind, 'pseudo-tab');
    assert.equal(table.rows.length, 10);
    assert.equal(table.columnCount, 2);
    assert.deepEqual(table.roles, ['recipient', 'data']);
  });

  test('The second seed parses into sections of the expected kinds', () => {
    const { document } = analyze(readFileSync(join(seedsDir, '003_b5cd9565b03e87a2.txt'), 'utf8'));
    const kinds = new Set(document.sections.flatMap((s) => s.kinds));
    for (const kind of ['purposes', 'retention', 'security', 'outsourcing', 'third-party', 'disclosure']) assert.ok(kinds.has(kind as never), `section kind ${kind}`);
  });
});
