import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { fixAllKind } from '../../server/src/language/features/codeActions';
import { applyEdits } from '../../server/src/language/features/fixes';
import { fixturesDir, sharedDir } from './helpers';

/** Runs per property: small in `npm test`, raised by `npm run fuzz` through FUZZ_RUNS. */
export const fuzzRuns = Math.max(1, Number(process.env.FUZZ_RUNS ?? 0) || 0);
export const runsOr = (bounded: number): number => (fuzzRuns > 1 ? fuzzRuns : bounded);
/** A fixed seed keeps `npm test` reproducible; FUZZ_SEED explores other cases. */
export const fuzzSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : fuzzRuns > 1 ? Date.now() : 20261123;

export interface SourceText {
  readonly name: string;
  readonly text: string;
}

/** Seeds and corpus read from the shared folder at test time (never copied in); the project's own fixtures otherwise. */
export function sourceTexts(): SourceText[] {
  const found: SourceText[] = [];
  for (const dir of [join(sharedDir, 'seeds'), join(sharedDir, 'corpus', 'real')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name === 'SOURCES.md' || !/\.(md|txt)$/.test(name)) continue;
      found.push({ name, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  const own = join(fixturesDir, 'documents');
  if (existsSync(own)) {
    for (const name of readdirSync(own).sort()) if (name.endsWith('.md')) found.push({ name, text: readFileSync(join(own, name), 'utf8') });
  }
  return found;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Time allowed for one analysis: a fixed floor plus a share per UTF-16 unit (generous: 2 shared cores). */
export function timeBoundMs(length: number): number {
  return 3000 + length * 0.03;
}

export interface CheckOutcome {
  readonly diagnostics: number;
  readonly fixes: number;
  readonly ms: number;
}

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

function checkEditsOf(text: string, document: TextDocument, edits: readonly TextEdit[], what: string): void {
  const spans = edits.map((edit) => {
    const start = document.offsetAt(edit.range.start);
    const end = document.offsetAt(edit.range.end);
    assert.deepEqual(document.positionAt(start), edit.range.start, `${what}: edit start ${JSON.stringify(edit.range.start)} is a real position`);
    assert.deepEqual(document.positionAt(end), edit.range.end, `${what}: edit end ${JSON.stringify(edit.range.end)} is a real position`);
    assert.ok(start <= end, `${what}: edit range is ordered`);
    assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: edit does not split a surrogate pair`);
    return { start, end, newText: edit.newText };
  });
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].start >= sorted[i - 1].end, `${what}: edits overlap at ${sorted[i].start}`);
    assert.ok(!(sorted[i].start === sorted[i - 1].start && sorted[i].end === sorted[i - 1].end && sorted[i].start === sorted[i].end), `${what}: two insertions at the same place`);
  }
  // Applied independently of the engine, then checked piece by piece: every byte outside the edits stays.
  const applied = TextDocument.applyEdits(document, [...edits]);
  let cursor = 0;
  let at = 0;
  for (const edit of sorted) {
    const kept = text.slice(cursor, edit.start);
    assert.equal(applied.slice(at, at + kept.length), kept, `${what}: text before offset ${edit.start} preserved`);
    at += kept.length;
    assert.equal(applied.slice(at, at + edit.newText.length), edit.newText, `${what}: replacement at ${edit.start} in place`);
    at += edit.newText.length;
    cursor = edit.end;
  }
  assert.equal(applied.slice(at), text.slice(cursor), `${what}: text after the last edit preserved`);
  assert.equal(applyEdits(text, sorted.map((s) => ({ span: { start: s.start, end: s.end }, newText: s.newText }))), applied, `${what}: the engine applies edits as the editor does`);
}

function checkDiagnostic(text: string, document: TextDocument, diagnostic: Diagnostic): void {
  const { start, end } = diagnostic.range;
  const startOffset = document.offsetAt(start);
  const endOffset = document.offsetAt(end);
  const where = `${String(diagnostic.code)} ${JSON.stringify(diagnostic.range)}`;
  assert.deepEqual(document.positionAt(startOffset), start, `${where}: start inside the document`);
  assert.deepEqual(document.positionAt(endOffset), end, `${where}: end inside the document`);
  assert.ok(startOffset <= endOffset, `${where}: range ordered`);
  assert.ok(!splitsPair(text, startOffset) && !splitsPair(text, endOffset), `${where}: range does not split a surrogate pair`);
}

/** The engine catches a rule that throws and reports it as one `rule-error` diagnostic: these are they. */
export function ruleErrors(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => (d.data as { messageId?: string } | undefined)?.messageId === 'rule-error').map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
}

/**
 * Everything the fuzz tests demand of one input: analysis in bounded time, ranges inside the text on
 * code-point boundaries, no rule exception (the engine turns one into a `rule-error` diagnostic, which
 * is how it becomes observable here), quick fixes and fix-all that apply cleanly and keep all other text.
 */
export function checkText(text: string): CheckOutcome {
  const service = createPolicyLanguageService();
  const uri = 'file:///fuzz.policy.md';
  const document = TextDocument.create(uri, 'policy-markdown', 1, text);
  const started = performance.now();
  const diagnostics = service.getDiagnostics(document, settings);
  const ms = performance.now() - started;
  assert.ok(ms <= timeBoundMs(text.length), `analysis took ${ms.toFixed(0)} ms for ${text.length} units (bound ${timeBoundMs(text.length).toFixed(0)} ms)`);
  assert.deepEqual(ruleErrors(diagnostics), [], 'no rule throws');
  let fixes = 0;
  for (const diagnostic of diagnostics) {
    checkDiagnostic(text, document, diagnostic);
  }
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const actions = service.getCodeActions(document, whole, { diagnostics, triggerKind: 1 }, settings);
  for (const action of actions) {
    const edits = action.edit?.changes?.[uri] ?? [];
    if (action.kind === 'quickfix') fixes++;
    checkEditsOf(text, document, edits, `${action.kind}: ${action.title}`);
  }
  const fixAll = service.getCodeActions(document, whole, { diagnostics: [], only: [fixAllKind] }, settings);
  for (const action of fixAll) checkEditsOf(text, document, action.edit?.changes?.[uri] ?? [], 'fix-all');
  return { diagnostics: diagnostics.length, fixes, ms };
}

/** Splits into lines keeping each line's own ending, so mutations never invent line endings. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export type Mutation = (text: string) => string;

const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const spaces = ['\u3000', '\u00a0', '\u2003', '\t'];
const bidi = ['\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u061c'];

const position = (text: string, ratio: number) => Math.floor(ratio * (text.length + 1));
const insertAt = (text: string, ratio: number, piece: string) => {
  const at = position(text, ratio);
  return text.slice(0, at) + piece + text.slice(at);
};

const ratio = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** One arbitrary per category the issue names; each yields a mutation of a base text. */
export const mutationCategories: Record<string, fc.Arbitrary<Mutation>> = {
  'delete lines': fc.tuple(ratio, fc.integer({ min: 1, max: 8 })).map(([r, n]) => (text: string) => {
    const lines = splitLines(text);
    const at = Math.floor(r * lines.length);
    lines.splice(at, n);
    return lines.join('');
  }),
  'duplicate lines': fc.tuple(ratio, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 })).map(([r, n, times]) => (text: string) => {
    const lines = splitLines(text);
    const at = Math.floor(r * lines.length);
    const block = lines.slice(at, at + n);
    lines.splice(at, 0, ...Array.from({ length: times }, () => block).flat());
    return lines.join('');
  }),
  'swap lines': fc.tuple(ratio, ratio).map(([a, b]) => (text: string) => {
    const lines = splitLines(text);
    const i = Math.floor(a * lines.length);
    const j = Math.floor(b * lines.length);
    if (lines[i] === undefined || lines[j] === undefined) return text;
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('');
  }),
  'random bytes': fc.tuple(ratio, fc.string({ unit: 'binary', maxLength: 40 })).map(([r, junk]) => (text: string) => insertAt(text, r, junk)),
  'random UTF-16 units': fc.tuple(ratio, fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })).map(([r, units]) => (text: string) => insertAt(text, r, String.fromCharCode(...units))),
  truncation: ratio.map((r) => (text: string) => text.slice(0, position(text, r))),
  'huge lines': fc.tuple(ratio, fc.constantFrom('あ', 'a', ' ', '|', '。', '*', '第1条', '😀'), fc.integer({ min: 10_000, max: 120_000 })).map(([r, unit, length]) => (text: string) =>
    insertAt(text, r, `\n${unit.repeat(Math.ceil(length / unit.length))}\n`),
  ),
  // Alternating list and block-quote containers stay at 100 levels: remark's own parse is superlinear in
  // that depth (2.5 s for 200 levels here), which no rule can fix; single kinds go to 250 levels.
  'deep nesting': fc.tuple(ratio, fc.constantFrom('- ', '> ', '1. ', '* > ', '> - '), fc.integer({ min: 50, max: 250 })).map(([r, marker, wanted]) => (text: string) => {
    const depth = marker.length > 3 ? Math.min(wanted, 100) : wanted;
    const lines = Array.from({ length: depth }, (_, i) => (marker.includes('>') ? marker.repeat(i + 1) : `${'  '.repeat(i)}${marker}`) + `項目${i}`);
    return insertAt(text, r, `\n${lines.join('\n')}\n`);
  }),
  'wide tables': fc.tuple(ratio, fc.integer({ min: 500, max: 5000 }), fc.integer({ min: 0, max: 4 })).map(([r, columns, rows]) => (text: string) => {
    const row = (f: (i: number) => string) => `| ${Array.from({ length: columns }, (_, i) => f(i)).join(' | ')} |`;
    const table = [row((i) => (i === 0 ? '提供先' : i === 1 ? '提供する個人情報' : `列${i}`)), row(() => '---'), ...Array.from({ length: rows }, (_, k) => row((i) => `値${k}-${i}`))];
    return insertAt(text, r, `\n\n${table.join('\n')}\n\n`);
  }),
  'mixed line endings': fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }).map((endings) => (text: string) => {
    let k = 0;
    return text.replace(/\r\n|\r|\n/g, () => endings[k++ % endings.length]);
  }),
  BOM: fc.constantFrom('\ufeff', '\ufeff\ufeff').map((bom) => (text: string) => bom + text),
  'lone surrogates': fc.tuple(fc.array(ratio, { minLength: 1, maxLength: 6 }), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\udfff\ud800')).map(([ratios, half]) => (text: string) =>
    ratios.reduce((t, r) => insertAt(t, r, half), text),
  ),
  'zero-width and full-width spaces': fc.tuple(fc.array(ratio, { minLength: 1, maxLength: 10 }), fc.constantFrom(...zeroWidth, ...spaces)).map(([ratios, piece]) => (text: string) =>
    ratios.reduce((t, r) => insertAt(t, r, piece), text),
  ),
  'right-to-left marks': fc.tuple(fc.array(ratio, { minLength: 1, maxLength: 10 }), fc.constantFrom(...bidi)).map(([ratios, mark]) => (text: string) =>
    ratios.reduce((t, r) => insertAt(t, r, mark), text),
  ),
};

/** Random Markdown from the constructs policies use, including the dialect's own. */
export const markdownLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '---', 'policy: privacy', 'lang: ja', 'profile: eu-gdpr', '```', '~~~', '<!-- policymd-disable -->', '<!-- policymd-disable-next-line numbering-gap -->', '::clause{ref="appi-27-1"}', ':::note', ':::'),
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### ', '1. ', '(1) ', '（2）', '① ', '第3条（', '- ', '* ', '・', '> ', '| ', '    ', '\t'), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('提供先', '委託先', '個人情報', '利用目的', '当社', '以下「当社」という', '令和4年4月1日', '2022年4月1日', '法令に基づく場合', 'Recipient', 'Categories of data', '{#third-party}', '又は', 'または'), fc.constantFrom('', '。', '、', ' | ', '|', '」', '）')).map(([a, b]) => a + b),
  fc.array(fc.constantFrom('a', 'あ', '|', '-', ':', '*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '&', '\\', ' ', '　', '😀', '\u200b'), { maxLength: 20 }).map((parts) => parts.join('')),
  // Pseudo-tables, table rows, references, definitions, dates and directives: the shapes rules read closely.
  fc.array(fc.constantFrom('株式会社山川', '氏名', '住所、電話番号', 'Example Inc.', '日本'), { minLength: 2, maxLength: 5 }).map((cells) => cells.join('\t')),
  fc.array(fc.constantFrom('提供先', '委託先', '項目', ' --- ', ':--', '氏名、住所', '', '😀'), { minLength: 1, maxLength: 6 }).map((cells) => `| ${cells.join(' | ')} |`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('第', '（', '(', '', '令和', '平成'), fc.constantFrom('条', '）', ')', '.', '年4月1日', '条第2項')).map(([n, a, b]) => `${a}${n}${b}本文`),
  fc.tuple(fc.constantFrom('以下「', '（以下「', '("', 'hereinafter "'), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('」という。', '」といいます）', '")', '"')).map(([a, b, c]) => a + b + c),
  fc.constantFrom('::clause{ref="appi-27-1"}', '::clause{ref="nope"}', '::clause{ref=', ':::clause{ref="appi-27-5"}', '<!-- policymd-enable -->', '<!-- policymd-disable-next-line -->', '[^1]: 注', '[^1]', '<script>x</script>', '<b>'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

export const randomMarkdown: fc.Arbitrary<string> = fc
  .tuple(fc.array(markdownLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, ending]) => lines.join(ending));

/** A regression fixture: a text the engine once mishandled, written in our own words. */
export interface FuzzRegression {
  readonly name: string;
  readonly found: string;
  /** A tighter time bound than the general one, for inputs that once took superlinear time. */
  readonly maxMs?: number;
  readonly text?: string;
  /** Built from parts when the text itself is too large or too awkward for JSON. */
  readonly repeat?: { readonly prefix?: string; readonly unit: string | readonly [string, number][]; readonly times: number; readonly suffix?: string };
}

export function regressionText(regression: FuzzRegression): string {
  if (regression.text !== undefined) return regression.text;
  const r = regression.repeat!;
  const unit = typeof r.unit === 'string' ? r.unit : r.unit.map(([piece, times]) => piece.repeat(times)).join('');
  return (r.prefix ?? '') + unit.repeat(r.times) + (r.suffix ?? '');
}
