import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, repoRoot, sharedDir } from './helpers';
import { tokenize, type Token } from './grammarHarness';

/** The scopes of the token that is exactly `text` on a 1-based line (fails when the line has no such token). */
function scopesOf(lines: Token[][], line: number, text: string): readonly string[] {
  const token = lines[line - 1]?.find((candidate) => candidate.text === text);
  assert.ok(token, `line ${line} has a token ${JSON.stringify(text)}; tokens: ${JSON.stringify(lines[line - 1]?.map((t) => t.text))}`);
  return token.scopes;
}

function hasScope(lines: Token[][], line: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} on line ${line} has ${scope}; it has ${scopes.join(' ')}`);
}

function lacksScope(lines: Token[][], line: number, text: string, prefix: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(!scopes.some((scope) => scope.startsWith(prefix)), `${JSON.stringify(text)} on line ${line} has no ${prefix}…; it has ${scopes.join(' ')}`);
}

suite('grammar: Policy Markdown scopes on VS Code\'s Markdown grammar', () => {
  test('the grammar declares the scope package.json contributes', () => {
    const grammar = JSON.parse(readFileSync(join(repoRoot, 'syntaxes', 'policy-markdown.tmLanguage.json'), 'utf8')) as { scopeName: string };
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string }[] } };
    assert.deepEqual(manifest.contributes.grammars.map((g) => g.scopeName), [grammar.scopeName]);
  });

  test('front-matter keys of the dialect get their own scope; other keys stay YAML', async () => {
    const lines = await tokenize(['---', 'policy: privacy', 'profile: jp-appi', 'foo: bar', '---', '', '本文'].join('\n'));
    hasScope(lines, 2, 'policy', 'support.type.property-name.frontmatter.policy-markdown');
    hasScope(lines, 2, 'policy', 'meta.embedded.block.frontmatter');
    hasScope(lines, 3, 'profile', 'support.type.property-name.frontmatter.policy-markdown');
    lacksScope(lines, 4, 'oo', 'support.type.property-name.frontmatter');
    hasScope(lines, 4, 'oo', 'entity.name.tag.yaml');
    hasScope(lines, 5, '---', 'punctuation.definition.end.frontmatter');
  });

  test('a section attribute at the end of a heading, and the article number at its start', async () => {
    const lines = await tokenize('## 第3条（第三者提供） {#third-party}');
    hasScope(lines, 1, '#third-party', 'entity.other.attribute-name.id.policy-markdown');
    hasScope(lines, 1, '{', 'punctuation.definition.attribute.begin.policy-markdown');
    hasScope(lines, 1, '#third-party', 'markup.heading.markdown');
    hasScope(lines, 1, '第3条', 'constant.numeric.numbering.article.policy-markdown');
    hasScope(lines, 1, '第3条', 'entity.name.section.markdown');
  });

  test('an attribute-like text in the middle of a paragraph is not a section attribute', async () => {
    const lines = await tokenize('JSON の {#id} はここでは属性ではありません。');
    assert.ok(lines[0].every((token) => !token.scopes.some((scope) => scope.startsWith('meta.attribute.section'))));
  });

  test('the clause directive with its attribute and value', async () => {
    const lines = await tokenize(['本文', '', '::clause{ref="appi-27-1"}', ''].join('\n'));
    hasScope(lines, 3, '::', 'punctuation.definition.directive.policy-markdown');
    hasScope(lines, 3, 'clause', 'entity.name.function.directive.policy-markdown');
    hasScope(lines, 3, 'ref', 'entity.other.attribute-name.policy-markdown');
    hasScope(lines, 3, '"appi-27-1"', 'string.quoted.attribute-value.policy-markdown');
    lacksScope(lines, 3, 'clause', 'meta.paragraph');
  });

  test('numbering prefixes at the start of Japanese lines, inline Markdown after them still scoped', async () => {
    const lines = await tokenize(['当社は次の目的で利用します。', '（1）**本人**の同意', '①法令に基づく場合', '- （2）項目', '> ③ 引用', '1．全角の番号'].join('\n'));
    hasScope(lines, 2, '（1）', 'constant.numeric.numbering.parenthesized.policy-markdown');
    hasScope(lines, 2, '本人', 'markup.bold.markdown');
    hasScope(lines, 2, '本人', 'meta.paragraph.markdown');
    hasScope(lines, 3, '①', 'constant.numeric.numbering.circled.policy-markdown');
    hasScope(lines, 4, '（2）', 'constant.numeric.numbering.parenthesized.policy-markdown');
    hasScope(lines, 4, '（2）', 'markup.list.unnumbered.markdown');
    hasScope(lines, 5, '③', 'constant.numeric.numbering.circled.policy-markdown');
    hasScope(lines, 5, '③', 'markup.quote.markdown');
    hasScope(lines, 6, '1．', 'constant.numeric.numbering.dotted.policy-markdown');
  });

  test('numbering in kanji: 第一条 and （二）', async () => {
    const lines = await tokenize(['## 第一条（目的）', '', '前文。', '（二）利用目的'].join('\n'));
    hasScope(lines, 1, '第一条', 'constant.numeric.numbering.article.policy-markdown');
    hasScope(lines, 4, '（二）', 'constant.numeric.numbering.parenthesized.policy-markdown');
  });

  test('a circled number inside a sentence is not a numbering prefix', async () => {
    const lines = await tokenize('詳しくは①をご覧ください。');
    assert.ok(lines[0].every((token) => !token.scopes.some((scope) => scope.startsWith('constant.numeric.numbering'))));
  });

  test('a Markdown ordered list stays a Markdown list', async () => {
    const lines = await tokenize(['1. 同意がある場合', '2. 法令に基づく場合'].join('\n'));
    hasScope(lines, 1, '1.', 'punctuation.definition.list.begin.markdown');
    hasScope(lines, 2, '2.', 'markup.list.numbered.markdown');
    lacksScope(lines, 1, '1.', 'constant.numeric.numbering');
  });

  test('defined terms in Japanese and English', async () => {
    const lines = await tokenize(['株式会社ワッツ（以下「当社」といいます。）は、', 'Acme Inc. (the "Company") and Widget hereinafter "Service" apply.'].join('\n'));
    hasScope(lines, 1, '当社', 'entity.name.term.definition.policy-markdown');
    hasScope(lines, 1, '以下', 'keyword.other.definition.policy-markdown');
    hasScope(lines, 1, 'といいます', 'meta.definition.term.policy-markdown');
    hasScope(lines, 2, 'Company', 'entity.name.term.definition.policy-markdown');
    hasScope(lines, 2, 'Service', 'entity.name.term.definition.policy-markdown');
    hasScope(lines, 2, 'hereinafter', 'keyword.other.definition.policy-markdown');
  });

  test('defined-term variants the engine also reads: 単に, 『』, collectively, Hereinafter referred to as', async () => {
    const lines = await tokenize(['本アプリ（以下、単に『アプリ』と総称します）', 'Our sites (collectively “Services”).', 'Hereinafter referred to as "Data".'].join('\n'));
    hasScope(lines, 1, 'アプリ', 'entity.name.term.definition.policy-markdown');
    hasScope(lines, 1, 'と総称します', 'keyword.other.definition.policy-markdown');
    hasScope(lines, 2, 'Services', 'entity.name.term.definition.policy-markdown');
    hasScope(lines, 3, 'Data', 'entity.name.term.definition.policy-markdown');
  });

  test('suppression comments on their own line and at the end of a paragraph line', async () => {
    const lines = await tokenize(['<!-- policymd-disable-next-line numbering-gap -->', '本文 <!-- policymd-disable doubled-char -->'].join('\n'));
    hasScope(lines, 1, 'policymd-disable-next-line', 'keyword.control.suppression.policy-markdown');
    hasScope(lines, 1, ' numbering-gap', 'entity.name.tag.rule-id.policy-markdown');
    hasScope(lines, 2, 'policymd-disable', 'keyword.control.suppression.policy-markdown');
    hasScope(lines, 2, '<!--', 'comment.block.suppression.policy-markdown');
  });

  test('an ordinary HTML comment stays an HTML comment', async () => {
    const lines = await tokenize('<!-- 編集メモ: 第3条 -->');
    assert.ok(lines[0].some((token) => token.scopes.some((scope) => scope.startsWith('comment.block.html'))));
    assert.ok(lines[0].every((token) => !token.scopes.some((scope) => scope.endsWith('.policy-markdown'))));
  });

  test('ordinary Markdown is still tokenised by the Markdown grammar: headings, bold, code fences, tables', async () => {
    const lines = await tokenize(
      ['# Privacy Policy', '', 'We **never** sell data.', '', '```yaml', '（1）not numbering', '第3条 not an article', '```', '', '| 提供先 | 項目 |', '| --- | --- |', '| A社 | 氏名 |'].join('\n'),
    );
    hasScope(lines, 1, '#', 'punctuation.definition.heading.markdown');
    hasScope(lines, 1, 'Privacy Policy', 'entity.name.section.markdown');
    hasScope(lines, 3, 'never', 'markup.bold.markdown');
    hasScope(lines, 5, '```', 'markup.fenced_code.block.markdown');
    for (const line of [6, 7]) {
      assert.ok(lines[line - 1].every((token) => token.scopes.some((scope) => scope.startsWith('markup.fenced_code')) && !token.scopes.some((scope) => scope.endsWith('.policy-markdown'))));
    }
    hasScope(lines, 10, '提供先', 'markup.table.markdown');
    hasScope(lines, 11, '---', 'punctuation.separator.table.markdown');
    hasScope(lines, 12, 'A社', 'markup.table.markdown');
  });
});

suite('grammar: agrees with the engine on the seeds and the corpus', () => {
  test('every defined term the engine finds in running text is scoped as a definition by the grammar', async () => {
    const files = ['seeds', 'corpus/real'].flatMap((folder) => {
      const dir = join(sharedDir, folder);
      assert.ok(existsSync(dir), `${dir} is missing; set POLICYMD_SHARED to the shared folder`);
      return readdirSync(dir)
        .filter((name) => name !== 'SOURCES.md')
        .map((name) => join(dir, name));
    });
    let checked = 0;
    const missed: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { document } = analyze(text);
      if (document.terms.length === 0) continue;
      const lines = await tokenize(text.replace(/\r\n?/g, '\n'));
      for (const term of document.terms) {
        const { line, character } = document.lines.positionAt(term.span.start);
        let column = 0;
        const token = lines[line].find((candidate) => {
          const start = column;
          column += candidate.text.length;
          return start <= character && character < column;
        });
        // Terms inside tables, link texts and the like are outside what the grammar looks into.
        if (!token || token.scopes.some((scope) => /^markup\.table|^meta\.link|^string\.other\.link/.test(scope))) continue;
        checked++;
        if (!token.scopes.includes('entity.name.term.definition.policy-markdown')) missed.push(`${file}:${line + 1}: ${term.term} (${token.scopes.join(' ')})`);
      }
    }
    assert.ok(checked > 20, `only ${checked} terms checked`);
    assert.deepEqual(missed, []);
  });
});
