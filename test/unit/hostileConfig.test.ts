import * as assert from 'node:assert/strict';
import { validateConfig } from '../../server/src/language/config';
import { analyze, joinLines, linesOf } from './helpers';

/** Patterns that hang a backtracking regex engine on a long run of "a" followed by a mismatch. */
const catastrophic = ['(a+)+$', '(a|a)*b', '(a|aa)+$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(.*a){20}', '(x+x+)+y'];
const attack = `${'a'.repeat(5000)}!`;

suite('Hostile .policymd.json', () => {
  test('Catastrophic regular expressions are taken as plain text: no hang, and they match only themselves', () => {
    const { config, problems } = validateConfig({
      headingSynonyms: { contact: catastrophic },
      vocabulary: {
        misspellings: catastrophic.map((wrong) => ({ wrong, right: 'ok' })),
        variants: [{ id: 'evil', language: 'en', forms: catastrophic.slice(0, 3) }],
      },
    });
    assert.deepEqual(problems, []);
    const text = joinLines('# Privacy policy', '', `## ${attack}`, '', attack, '', `Our rule (a+)+$ is written here.`, '', `## Contact (a|a)*b`, '', 'Write to us.', '');
    const started = performance.now();
    const analysis = analyze(text, { config });
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `analysis took ${ms.toFixed(0)} ms`);
    assert.deepEqual(linesOf(analysis, 'known-misspelling'), [7, 9], 'the patterns are found literally, not as regular expressions');
    const contact = analysis.document.sections.filter((s) => s.kinds.includes('contact')).map((s) => s.title);
    assert.deepEqual(contact, ['Contact (a|a)*b'], 'a heading synonym matches as a substring, and the attack heading is no contact section');
  });

  test('Wrong types, huge values and prototype keys become problems and defaults, never a polluted object', () => {
    const raw = JSON.parse(
      JSON.stringify({
        profile: { toString: 'jp-appi' },
        messageLanguage: 42,
        rules: { 'numbering-gap': ['error'], constructor: 'off', ['x'.repeat(10_000)]: 'error' },
        headingSynonyms: { contact: ['ok', 7], purposes: 'nope', constructor: ['x'] },
        vocabulary: {
          misspellings: [...Array.from({ length: 50_000 }, (_, i) => ({ wrong: `w${i}`, right: `r${i}` })), { wrong: 'y'.repeat(100_000), right: 'z' }],
          variants: [{ id: 'v', language: 'fr', forms: ['a', 'b'] }],
          disabledVariants: [null],
        },
      }),
    );
    Object.defineProperty(raw, '__proto__', { value: { polluted: true }, enumerable: true });
    const { config, problems } = validateConfig(raw);
    const paths = problems.map((p) => p.path);
    for (const path of ['profile', 'messageLanguage', 'rules.numbering-gap', 'rules.constructor', 'headingSynonyms.contact', 'headingSynonyms.purposes', 'headingSynonyms.constructor', 'vocabulary.variants.0', 'vocabulary.disabledVariants', '__proto__']) {
      assert.ok(paths.includes(path), `a problem names ${path}: ${paths.join(', ')}`);
    }
    assert.ok(problems.every((p) => p.message.length > 10 && p.message.length < 400), 'each problem is a clear, short sentence');
    assert.equal(config.profile, undefined);
    assert.ok((config.vocabulary?.misspellings?.length ?? 0) <= 1000, 'lists are capped');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(config.rules ?? {}), null);
    const started = performance.now();
    const analysis = analyze(joinLines('# 方針', '', 'w1 と w2 を含む文。', ''), { config });
    assert.ok(performance.now() - started < 3000);
    assert.deepEqual(linesOf(analysis, 'known-misspelling'), [3, 3]);
  });
});
