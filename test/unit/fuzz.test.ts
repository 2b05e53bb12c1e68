import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixturesDir, repoRoot } from './helpers';
import { computeDiagnostics, toLspDiagnostic } from '../../server/src/language/features/diagnostics';
import type { PolicyRule } from '../../server/src/language/rules/types';
import { analyze } from './helpers';
import { checkText, fuzzSeed, ruleErrors, mutationCategories, randomMarkdown, regressionText, runsOr, sourceTexts, type FuzzRegression, type Mutation } from './fuzzSupport';

const sources = sourceTexts();

function recordFailure(category: string, seed: number, path: string | null | undefined, text: string): string {
  const dir = join(repoRoot, 'out', 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${category.replace(/\W+/g, '-')}-${seed}.json`);
  writeFileSync(file, JSON.stringify({ category, seed, path, text }));
  return file;
}
/** Inputs tried per category, printed at the end so a run can be reported with its figures. */
const tried = new Map<string, number>();
const count = (category: string) => tried.set(category, (tried.get(category) ?? 0) + 1);

/**
 * Runs a property; a failure is saved under out/fuzz-failures (the input can be megabytes) and reported
 * with its seed and path, so it can be replayed and turned into a regression fixture.
 */
function property(category: string, arbitrary: fc.Arbitrary<string>, runs: number): void {
  const details = fc.check(
    fc.property(arbitrary, (text) => {
      count(category);
      checkText(text);
    }),
    { numRuns: runs, seed: fuzzSeed, endOnFailure: true },
  );
  if (!details.failed) return;
  const text = details.counterexample?.[0] ?? '';
  const file = recordFailure(category, details.seed, details.counterexamplePath, text);
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(`${category}: ${reason}\n  seed ${details.seed}, path ${String(details.counterexamplePath)}, input of ${text.length} units saved to ${file}`);
}

suite('Fuzz: every corpus file and seed survives mutation', function () {
  this.timeout(0);

  suiteTeardown(() => {
    const total = [...tried.values()].reduce((a, b) => a + b, 0);
    console.log(`      fuzz inputs: ${total} (seed ${fuzzSeed}) — ${[...tried].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  });

  test('The shared seeds and corpus are read at test time', () => {
    assert.ok(sources.length >= 3, `found ${sources.length} source texts`);
  });

  test('Every source as given, and with every line ending and a BOM', () => {
    const mixed = mutationCategories['mixed line endings'];
    const sample = fc.sample(mixed, { numRuns: 1, seed: fuzzSeed })[0];
    for (const source of sources) {
      for (const text of [source.text, `\ufeff${sample(source.text)}`]) {
        count('sources');
        try {
          checkText(text);
        } catch (error) {
          assert.fail(`${source.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  });

  for (const [category, mutation] of Object.entries(mutationCategories)) {
    test(`Mutation: ${category}`, () => {
      const heavy = ['huge lines', 'deep nesting', 'wide tables'].includes(category);
      const arbitrary = fc
        .tuple(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: heavy ? 1 : 3 }))
        .map(([index, mutations]: [number, Mutation[]]) => mutations.reduce((text, mutate) => mutate(text), sources[index].text));
      property(category, arbitrary, runsOr(heavy ? 4 : 10));
    });
  }

  test('Mutation: several categories at once', () => {
    const light = Object.entries(mutationCategories).filter(([name]) => !['huge lines', 'deep nesting', 'wide tables'].includes(name)).map(([, m]) => m);
    const arbitrary = fc
      .tuple(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(fc.oneof(...light), { minLength: 2, maxLength: 6 }))
      .map(([index, mutations]) => mutations.reduce((text, mutate) => mutate(text), sources[index].text));
    property('combined', arbitrary, runsOr(20));
  });
});

suite('Fuzz: random Markdown', function () {
  this.timeout(0);

  test('Random lines of policy Markdown', () => {
    property('random markdown', randomMarkdown, runsOr(150));
  });

  test('Random Unicode text', () => {
    property('random unicode', fc.string({ unit: 'binary', maxLength: 400 }), runsOr(60));
  });
});

suite('Fuzz checks can fail', () => {
  test('A rule that throws is caught by the engine and seen by the fuzz checks', () => {
    const { document } = analyze('# 方針\n\n本文。\n');
    const throwing: PolicyRule = {
      id: 'always-throws',
      description: { ja: '常に失敗', en: 'Always fails' },
      tags: [],
      defaultSeverity: 'warning',
      rationale: { ja: 'テスト用', en: 'For tests' },
      fixable: false,
      check() {
        throw new Error('boom');
      },
    };
    const diagnostics = computeDiagnostics(document, { messageLanguage: 'en' }, [throwing]).map((d) => toLspDiagnostic(d, document, 'en'));
    assert.equal(ruleErrors(diagnostics).length, 1);
    assert.match(ruleErrors(diagnostics)[0], /always-throws.*boom/);
  });
});

suite('Fuzz regressions', () => {
  const dir = join(fixturesDir, 'fuzz');
  const regressions: FuzzRegression[] = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FuzzRegression)
    : [];

  test('Regression fixtures exist', () => {
    assert.ok(regressions.length > 0, 'test/fixtures/fuzz holds the inputs fuzzing once broke');
  });

  for (const regression of regressions) {
    test(`Regression: ${regression.name}`, () => {
      const { ms } = checkText(regressionText(regression));
      if (regression.maxMs !== undefined) assert.ok(ms <= regression.maxMs, `took ${ms.toFixed(0)} ms (at most ${regression.maxMs} ms)`);
    });
  }
});
