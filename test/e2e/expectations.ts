// What the seed scenarios expect: the acceptance expectations (test/acceptance/expected/*.json,
// which the CLI acceptance test checks too), read at run time for one seed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../unit/helpers';

/** Rule → 1-based lines for one seed, merged from every expectation file. */
export function seedExpectations(root: string, seed: string): Map<string, number[]> {
  const dir = path.join(root, 'test', 'acceptance', 'expected');
  const merged = new Map<string, number[]>();
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const content = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [rule, lines] of Object.entries(content[seed] ?? {})) {
      if (Array.isArray(lines)) merged.set(rule, [...(merged.get(rule) ?? []), ...(lines as number[])].sort((a, b) => a - b));
    }
  }
  return merged;
}

/**
 * The same without the findings the engine reports as hints: VS Code does not list hints
 * in the Problems panel, it only underlines them with dots.
 */
export function seedExpectationsShownAsProblems(root: string, seed: string, text: string): Map<string, number[]> {
  const { document, diagnostics } = analyze(text, { messageLanguage: 'en' });
  const hints = new Set(diagnostics.filter((d) => d.severity === 'hint').map((d) => `${d.ruleId}@${document.lines.positionAt(d.span.start).line + 1}`));
  const merged = seedExpectations(root, seed);
  for (const [rule, lines] of merged) merged.set(rule, lines.filter((line) => !hints.has(`${rule}@${line}`)));
  return merged;
}
