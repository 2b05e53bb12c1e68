import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService, type DocumentSettings, type PolicyDiagnostic, type PolicyDocument } from '../../server/src/language';

/** The repository root: the nearest folder above the bundled test that holds our package.json. */
function findRepoRoot(): string {
  let current = __dirname;
  while (dirname(current) !== current) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest) && /"name": "policy-markdown"/.test(readFileSync(manifest, 'utf8'))) return current;
    current = dirname(current);
  }
  return process.cwd();
}

export const repoRoot = process.env.POLICYMD_ROOT ?? findRepoRoot();
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
/** The shared folder beside the repository (seeds, corpus, law brief); absent on some machines. */
export const sharedDir = process.env.POLICYMD_SHARED ?? resolve(repoRoot, '..', 'shared');

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

export interface Analysis {
  readonly document: PolicyDocument;
  readonly diagnostics: PolicyDiagnostic[];
}

/** Builds the model and runs every rule on an in-memory document. */
export function analyze(text: string, settings: Partial<DocumentSettings> = {}, uri = 'file:///test.policy.md'): Analysis {
  const service = createPolicyLanguageService();
  const textDocument = TextDocument.create(uri, 'policy-markdown', 1, text);
  const full: DocumentSettings = { messageLanguage: 'en', profile: 'auto', ...settings };
  return { document: service.getDocument(textDocument, full), diagnostics: service.computeDiagnostics(textDocument, full) };
}

/** 1-based line numbers of a rule's findings. */
export function linesOf(analysis: Analysis, ruleId: string): number[] {
  return analysis.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => analysis.document.lines.positionAt(d.span.start).line + 1);
}

export interface FixtureExpectation {
  /** Rule id → 1-based lines where the rule must report (every line once per finding); [] means never. */
  readonly rules: Record<string, number[]>;
  readonly settings?: Partial<DocumentSettings>;
}

/**
 * Fixture convention: `test/fixtures/rules/<rule-id>/<name>.policy.md` with a sibling
 * `<name>.expected.json`. Only the rules named in the expectation are compared, so a new rule
 * never breaks an old fixture, and a negative fixture lists the rule with [].
 */
export function ruleFixtures(ruleId: string): { name: string; text: string; expected: FixtureExpectation }[] {
  const dir = join(fixturesDir, 'rules', ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.policy.md'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name.replace(/\.policy\.md$/, '.expected.json')), 'utf8')) as FixtureExpectation,
    }));
}

/** Declares one test per fixture of a rule; fails when a rule has no fixture that triggers it and none that doesn't. */
export function checkRuleFixtures(ruleId: string): void {
  const fixtures = ruleFixtures(ruleId);
  test(`${ruleId} has a fixture that triggers it and one that must not`, () => {
    assert.ok(fixtures.some((f) => (f.expected.rules[ruleId]?.length ?? 0) > 0), `no positive fixture for ${ruleId}`);
    assert.ok(fixtures.some((f) => f.expected.rules[ruleId]?.length === 0), `no negative fixture for ${ruleId}`);
  });
  for (const fixture of fixtures) {
    test(`${ruleId}: ${fixture.name}`, () => {
      const analysis = analyze(fixture.text, fixture.expected.settings);
      for (const [rule, lines] of Object.entries(fixture.expected.rules)) {
        assert.deepEqual(linesOf(analysis, rule).sort((a, b) => a - b), [...lines].sort((a, b) => a - b), `${rule} findings in ${fixture.name}`);
      }
    });
  }
}

/** A seed policy from the shared folder, failing with how to point at that folder when it is missing. */
export function readSeed(name: string): string {
  const path = join(sharedDir, 'seeds', name);
  assert.ok(existsSync(path), `seed ${name} is in ${sharedDir}/seeds (set POLICYMD_SHARED to the shared folder)`);
  return readFileSync(path, 'utf8');
}

/** The texts of the files in `dir` whose names match, in name order; none when the folder is absent. */
export function readDocuments(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** Deterministic junk over the whole BMP (lone surrogates included), so a failure repeats exactly. */
export function randomJunk(length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(state % 0xffff);
  }
  return text;
}
