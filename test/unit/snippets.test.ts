import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchClauseList } from '../../server/src/language/clauses/match';
import { generatedSnippets, type SnippetDefinition } from '../../server/src/language/features/completion/snippets';
import { analyze, repoRoot } from './helpers';

const file = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'policy-markdown.code-snippets'), 'utf8')) as Record<string, SnippetDefinition>;

/** A snippet as VS Code inserts it when the writer accepts every default. */
export function expandSnippet(body: readonly string[]): string {
  let text = body.join('\n');
  // Innermost first, so that a placeholder inside a placeholder resolves too.
  for (let guard = 0; guard < 5; guard++) {
    const next = text
      .replace(/(?<!\\)\$\{\d+:((?:\\.|[^\\{}$])*)\}/g, (_, value: string) => value)
      .replace(/(?<!\\)\$\{\d+\|((?:\\.|[^,|])*)(?:,[^|]*)?\|\}/g, (_, first: string) => first)
      .replace(/(?<!\\)\$\{\d+\}/g, '')
      .replace(/(?<!\\)\$\d+/g, '');
    if (next === text) break;
    text = next;
  }
  assert.doesNotMatch(text, /(?<!\\)\$\{?\d/, 'every tab stop is resolved');
  return text.replace(/\\([\\$}])/g, '$1');
}

suite('snippets', () => {
  const generated = generatedSnippets();

  test('the snippets file holds the generated snippets (run `node scripts/snippets.mjs` after changing skeletons)', () => {
    for (const [name, snippet] of Object.entries(generated)) assert.deepEqual(file[name], snippet, name);
    assert.ok(Object.keys(generated).length >= 20);
  });

  test('the expansion helper resolves placeholders, choices and bare tab stops', () => {
    assert.equal(expandSnippet(['a ${1:one} ${2|x,y|} $3 ${4} $0 \\$5']), 'a one x    $5');
  });

  for (const [name, language, profile] of [['Privacy policy (jp-appi, complete)', 'ja', 'jp-appi'], ['Privacy notice (eu-gdpr, complete)', 'en', 'eu-gdpr']] as const) {
    test(`${name} expands to a policy with no error`, () => {
      const analysis = analyze(expandSnippet(file[name].body));
      assert.equal(analysis.document.language, language);
      assert.equal(analysis.document.profile, profile);
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
      assert.deepEqual(errors, []);
      assert.ok(analysis.document.sections.filter((section) => section.level === 2).every((section) => section.kinds.length > 0), 'every section is recognised');
    });
  }

  test('the jp-appi policy reproduces Art. 27(1) word for word (core items)', () => {
    const analysis = analyze(expandSnippet(file['Privacy policy (jp-appi, complete)'].body));
    const list = analysis.document.lists.find((candidate) => candidate.items.some((item) => item.text === '法令に基づく場合'));
    assert.ok(list);
    const [best] = matchClauseList(list.items.map((item) => item.text), { candidates: ['appi-27-1'] });
    assert.ok(best.matches.every((match) => match.exact), 'each item equals the statute once the person is normalised');
    assert.deepEqual(best.missingItemIds, ['appi-27-1-5', 'appi-27-1-6'], 'only the academic-institution items are left out');
  });

  for (const [name, snippet] of Object.entries(generated).filter(([, s]) => s.prefix.startsWith('section-'))) {
    test(`${name} parses as its section kind`, () => {
      const [, language, kind] = /^section-(ja|en)-(.+)$/.exec(snippet.prefix) ?? [];
      const analysis = analyze(expandSnippet(snippet.body), { profile: language === 'ja' ? 'jp-appi' : 'eu-gdpr' });
      assert.equal(analysis.document.sections.length, 1);
      assert.equal(analysis.document.sections[0].kinds[0], kind, `kinds: ${analysis.document.sections[0].kinds.join(', ')}`);
      assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'required-section' && d.ruleId !== 'required-item').map((d) => d.ruleId), []);
    });
  }
});
