import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixturesDir, repoRoot } from './helpers';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService } from '../../server/src/language';
import { computeDiagnostics, toLspDiagnostic } from '../../server/src/language/features/diagnostics';
import { renderForRequest } from '../../server/src/language/features/render/request';
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

// Root-level: printed once after every fuzz suite has run.
suiteTeardown(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  if (total > 0) console.log(`      fuzz inputs: ${total} (seed ${fuzzSeed}) — ${[...tried].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
});

suite('Fuzz: every corpus file and seed survives mutation', function () {
  this.timeout(0);

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

suite('Fuzz: the preview and the exported page', function () {
  this.timeout(0);

  test('Rendering random and mutated policies never throws and names the version', () => {
    const light = Object.entries(mutationCategories).filter(([name]) => !['huge lines', 'deep nesting', 'wide tables'].includes(name)).map(([, m]) => m);
    const mutated = fc
      .tuple(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(fc.oneof(...light), { minLength: 1, maxLength: 4 }))
      .map(([index, mutations]) => mutations.reduce((text, mutate) => mutate(text), sources[index].text));
    const details = fc.check(
      fc.property(fc.oneof(randomMarkdown, mutated), fc.constantFrom('preview' as const, 'page' as const), (text, mode) => {
        count('render');
        const service = createPolicyLanguageService();
        const document = TextDocument.create('file:///fuzz.policy.md', 'policy-markdown', 7, text);
        const result = renderForRequest(service, document, { messageLanguage: 'ja', profile: 'auto' }, { mode, diagnostics: true });
        assert.equal(result.version, 7);
        assert.equal(typeof result.html, 'string');
        assert.ok(result.markers.every((m) => Number.isInteger(m.line) && m.line >= 0 && m.line < Math.max(1, document.lineCount)), 'markers on real lines');
      }),
      { numRuns: runsOr(30), seed: fuzzSeed, endOnFailure: true },
    );
    if (details.failed) {
      const text = details.counterexample?.[0] ?? '';
      const file = recordFailure('render', details.seed, details.counterexamplePath, text);
      assert.fail(`render: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)} (input saved to ${file})`);
    }
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
