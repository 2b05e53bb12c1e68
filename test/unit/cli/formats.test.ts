import * as assert from 'node:assert/strict';
import { allRules } from '../../../server/src/language/rules';
import type { Severity } from '../../../server/src/language/rules/types';
import type { FileResult } from '../../../server/src/cli/analyze';
import type { FormatContext } from '../../../server/src/cli/formats/context';
import { escapeData, escapeProperty, formatGithub } from '../../../server/src/cli/formats/github';
import { formatJson } from '../../../server/src/cli/formats/json';
import { formatSarif } from '../../../server/src/cli/formats/sarif';
import { formatText } from '../../../server/src/cli/formats/text';
import { analyze, joinLines } from '../helpers';
import { loadSchemaValidator, structuralProblems } from './sarifSchema';

/** Only the rules a test is about, so that rules added later do not change its counts. */
function only(...ids: string[]): Record<string, Severity> {
  return Object.fromEntries(allRules.map((rule) => [rule.id, ids.includes(rule.id) ? rule.defaultSeverity : 'off']));
}

// A pseudo-heading after an emoji line (columns count UTF-16 units) and a gap in numbered paragraphs.
const sample = joinLines(
  '# 😀個人情報の取扱い',
  '',
  '1. 利用目的',
  '',
  '当社は、お預かりした情報を次の目的のために使います。',
  '',
  '(1) 注文品の配送',
  '',
  '(3) 問い合わせへの返答',
  '',
);

function resultFor(text: string, filePath: string, rules = only('pseudo-heading', 'numbering-gap')): FileResult {
  const { document, diagnostics } = analyze(text, { rules, messageLanguage: 'en' });
  return { filePath, document, diagnostics };
}

const context: FormatContext = { cwd: '/work/project', color: false, language: 'en', toolVersion: '9.9.9' };

suite('CLI formats', () => {
  test('json keeps the DESIGN §5 shape with messageId, 1-based UTF-16 positions and numeric severities', () => {
    const result = resultFor(sample, '/work/project/docs/a.policy.md', { ...only('pseudo-heading', 'numbering-gap'), 'numbering-gap': 'error' });
    const parsed = JSON.parse(formatJson([result])) as { filePath: string; messages: Record<string, unknown>[] }[];
    assert.equal(parsed.length, 1);
    assert.deepEqual(Object.keys(parsed[0]), ['filePath', 'messages']);
    assert.equal(parsed[0].filePath, '/work/project/docs/a.policy.md');
    for (const message of parsed[0].messages) {
      assert.deepEqual(Object.keys(message), ['ruleId', 'messageId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
    }
    const heading = parsed[0].messages.find((m) => m.ruleId === 'pseudo-heading');
    assert.ok(heading, 'pseudo-heading reported');
    assert.equal(heading.line, 3);
    assert.equal(heading.column, 1);
    assert.equal(heading.severity, 1);
    assert.equal(heading.fixable, true);
    const gap = parsed[0].messages.find((m) => m.ruleId === 'numbering-gap');
    assert.ok(gap);
    assert.equal(gap.severity, 2);
    assert.equal(gap.line, 9);
  });

  test('json maps info and hint to severity 0', () => {
    const rules: Record<string, Severity> = { ...only('pseudo-heading', 'numbering-gap'), 'pseudo-heading': 'info', 'numbering-gap': 'hint' };
    const parsed = JSON.parse(formatJson([resultFor(sample, '/x.policy.md', rules)])) as { messages: { severity: number }[] }[];
    assert.ok(parsed[0].messages.length >= 2);
    assert.ok(parsed[0].messages.every((m) => m.severity === 0));
  });

  test('json columns count UTF-16 code units, so an emoji counts as two', () => {
    const text = joinLines('# 方針', '', '1. 😀目的', '', '当社は、お預かりした情報を次の目的のために使います。', '');
    const parsed = JSON.parse(formatJson([resultFor(text, '/x.policy.md', only('pseudo-heading'))])) as { messages: { line: number; column: number; endLine: number; endColumn: number }[] }[];
    // "1. 😀目的" is 6 code points but 7 UTF-16 code units.
    assert.deepEqual(parsed[0].messages.map((m) => [m.line, m.column, m.endLine, m.endColumn]), [[3, 1, 3, 8]]);
  });

  test('text prints file:line:col severity message [rule], relative to the working directory, then a summary', () => {
    const output = formatText([resultFor(sample, '/work/project/docs/a.policy.md'), resultFor('# 空\n', '/work/project/b.policy.md')], context);
    const lines = output.split('\n');
    assert.match(lines[0], /^docs\/a\.policy\.md:3:1 warning .+ \[pseudo-heading\]$/);
    assert.match(lines[1], /^docs\/a\.policy\.md:9:1 warning .+ \[numbering-gap\]$/);
    assert.equal(lines[lines.length - 1], '2 files checked: 0 errors, 2 warnings. 2 fixable with `policymd fix`.');
    assert.ok(!output.includes('\u001b['), 'no colour codes when colour is off');
  });

  test('text groups files with a blank line and keeps paths outside the working directory absolute', () => {
    const output = formatText([resultFor(sample, '/work/project/a.policy.md'), resultFor(sample, '/elsewhere/b.policy.md')], context);
    const groups = output.split('\n\n');
    assert.equal(groups.length, 3);
    assert.ok(groups[0].split('\n').every((line) => line.startsWith('a.policy.md:')));
    assert.ok(groups[1].split('\n').every((line) => line.startsWith('/elsewhere/b.policy.md:')));
  });

  test('text colours severities only when asked to', () => {
    const output = formatText([resultFor(sample, '/work/project/a.policy.md')], { ...context, color: true });
    assert.ok(output.includes('\u001b[33mwarning\u001b[39m'));
    assert.ok(output.includes('\u001b[90m[pseudo-heading]\u001b[39m'));
  });

  test('text neutralises control characters quoted from a document', () => {
    const text = joinLines('# 方針', '', '1. 目的\u001b[2J', '', '当社は、お預かりした情報を次の目的のために使います。', '');
    const output = formatText([resultFor(text, '/work/project/a.policy.md', only('pseudo-heading'))], context);
    assert.ok(output.includes('pseudo-heading'), output);
    assert.ok(!output.includes('\u001b'), 'escape sequence must not reach the terminal');
  });

  test('github escapes %, CR and LF in messages and also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
  });

  test('github prints one workflow command per finding with file, line, col, endLine, endColumn and title', () => {
    const result = resultFor(sample, '/work/project/dir, with: odd/a%.policy.md');
    const lines = formatGithub([result], context).split('\n');
    assert.equal(lines.length, result.diagnostics.length);
    assert.match(lines[0], /^::warning file=dir%2C with%3A odd\/a%25\.policy\.md,line=3,col=1,endLine=3,endColumn=\d+,title=policymd pseudo-heading::\S/);
    const error = formatGithub([resultFor(sample, '/work/project/a.policy.md', { ...only('numbering-gap'), 'numbering-gap': 'error' })], context);
    assert.match(error, /^::error file=a\.policy\.md,line=9,col=1,endLine=9,endColumn=\d+,title=policymd numbering-gap::/);
    const notice = formatGithub([resultFor(sample, '/work/project/a.policy.md', { ...only('numbering-gap'), 'numbering-gap': 'info' })], context);
    assert.match(notice, /^::notice /);
  });

  test('github keeps a multi-line message on one line', () => {
    const result = resultFor(sample, '/work/project/a.policy.md');
    const patched: FileResult = { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, message: 'first line\nsecond, 50%' })) };
    const output = formatGithub([patched], context);
    assert.equal(output.split('\n').length, result.diagnostics.length);
    assert.ok(output.includes('::first line%0Asecond, 50%25'));
  });

  test('sarif has one run describing every rule with help text and help URI, and results pointing at them', () => {
    const log = JSON.parse(formatSarif([resultFor(sample, '/work/project/docs/a b.policy.md')], context));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'policymd');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), allRules.map((rule) => rule.id));
    for (const rule of run.tool.driver.rules) {
      assert.equal(rule.helpUri, `https://github.com/policy-markdown/policy-markdown/blob/main/README.md#${rule.id}`);
      assert.ok(rule.help.text.length > 20, `help text for ${rule.id}`);
      assert.ok(rule.shortDescription.text.length > 0);
    }
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/project/');
    const first = run.results[0];
    assert.equal(first.ruleId, 'pseudo-heading');
    assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'pseudo-heading');
    assert.equal(first.level, 'warning');
    assert.deepEqual(first.locations[0].physicalLocation.artifactLocation, { uri: 'docs/a%20b.policy.md', uriBaseId: '%SRCROOT%' });
    assert.equal(first.locations[0].physicalLocation.region.startLine, 3);
    assert.equal(first.locations[0].physicalLocation.region.startColumn, 1);
  });

  test('sarif uses an absolute file URI outside the working directory and note for info findings', () => {
    const rules: Record<string, Severity> = { ...only('numbering-gap'), 'numbering-gap': 'info' };
    const log = JSON.parse(formatSarif([resultFor(sample, '/elsewhere/ポリシー.policy.md', rules)], { ...context, language: 'ja' }));
    const result = log.runs[0].results[0];
    assert.equal(result.level, 'note');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'file:///elsewhere/%E3%83%9D%E3%83%AA%E3%82%B7%E3%83%BC.policy.md');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'numbering-gap');
    assert.equal(rule.shortDescription.text, allRules.find((r) => r.id === 'numbering-gap')?.description.ja);
  });

  test('sarif output validates against the SARIF 2.1.0 schema', () => {
    const results = [resultFor(sample, '/work/project/docs/a b.policy.md'), resultFor('# 空\n', '/work/project/empty.policy.md'), resultFor(sample, '/elsewhere/c.policy.md', { ...only('numbering-gap'), 'numbering-gap': 'hint' })];
    const log = JSON.parse(formatSarif(results, context));
    assert.ok(log.runs[0].results.length >= 3);
    assert.deepEqual(structuralProblems(log), []);
    const validate = loadSchemaValidator();
    if (validate) assert.deepEqual(validate(log), []);
    else console.warn('    (the SARIF 2.1.0 schema was checked structurally only: add the devDependency @microsoft/jest-sarif for the full JSON-schema check)');
    // The validators must catch a broken log, or they prove nothing.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.ok(structuralProblems(broken).length >= 2);
    if (validate) assert.ok(validate(broken).length >= 2);
  });

  test('sarif of no findings is still a valid log with the rules', () => {
    const log = JSON.parse(formatSarif([], context));
    assert.deepEqual(log.runs[0].results, []);
    assert.deepEqual(structuralProblems(log), []);
    const validate = loadSchemaValidator();
    if (validate) assert.deepEqual(validate(log), []);
  });
});
