import { applyEdits, collectSafeEdits } from '../../language/features/fixes';
import { profileIds } from '../../language/model/types';
import type { TextEdit } from '../../language/rules/types';
import { Analyzer, type FileResult } from '../analyze';
import { unifiedDiff } from '../diff';
import { describeFileFailure, fail } from '../errors';
import { selectFiles } from '../files';
import { displayPath } from '../formats/text';
import { readPolicy, writeFileAtomic } from '../io';
import { analysisOptions, parseCommandLine, parseMessageLanguage, parseProfile, parseRuleOverrides, standardOptions } from '../options';
import type { CommandContext } from './context';

export const fixHelp = `Usage: policymd fix [files|directories|globs…] [options]

Applies every safe fix (the ones that change only what they say, such as renumbering a list or
turning a pseudo-heading into a heading), repeating until none is left. Files are selected as by
"policymd check". Each file is replaced atomically: an error never leaves it half written.

Options:
  --dry-run              print a unified diff of what would change and change nothing
  --profile P            ${profileIds.join(' | ')}
  --config FILE          use this .policymd.json for every file instead of the nearest one
  --rule ID=SEVERITY     override a rule (off disables its fixes too; repeatable)
  --message-language L   ja | en
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 done (findings without a safe fix may remain: run "policymd check"),
2 usage, configuration or I/O error.`;

/** Enough for fixes that enable one another (a heading fix exposing a numbering gap) to settle. */
export const maxFixPasses = 10;

export interface FixOutcome {
  readonly text: string;
  readonly fixed: number;
  readonly passes: number;
  readonly settled: boolean;
  readonly remaining: FileResult;
}

/** Applies safe fixes pass after pass until none applies or the text stops changing. */
export function fixText(analyzer: Analyzer, filePath: string, original: string): FixOutcome {
  let text = original;
  let fixed = 0;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const result = analyzer.analyze(filePath, text);
    const edits = collectSafeEdits(result.diagnostics);
    const chosen = new Set<TextEdit>(edits);
    const next = edits.length > 0 ? applyEdits(text, edits) : text;
    if (next === text) return { text, fixed, passes: pass, settled: true, remaining: result };
    fixed += result.diagnostics.filter((d) => d.fixes.some((fix) => fix.safe && fix.edits.length > 0 && chosen.has(fix.edits[0]))).length;
    text = next;
  }
  const remaining = analyzer.analyze(filePath, text);
  return { text, fixed, passes: maxFixPasses, settled: collectSafeEdits(remaining.diagnostics).length === 0, remaining };
}

export function fix(args: string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine('fix', args, { ...analysisOptions, ...standardOptions, 'dry-run': { type: 'boolean', short: 'n' } });
  if (values.help || values.version) {
    context.print(values.help ? fixHelp : context.version);
    return 0;
  }
  const dryRun = values['dry-run'] === true;
  const analyzer = new Analyzer(
    { profile: parseProfile(values.profile), configPath: values.config, rules: parseRuleOverrides(values.rule), messageLanguage: parseMessageLanguage(values['message-language']) },
    context.cwd,
  );
  const { files, problems } = selectFiles(positionals, context.cwd);
  const errors = [...problems];
  // With --dry-run stdout carries only the diff, so that it can be piped to `git apply`.
  const report = dryRun ? context.printError : context.print;
  let changedFiles = 0;
  let fixedCount = 0;
  let remaining = 0;
  for (const file of files) {
    const shown = displayPath(file, context.cwd);
    try {
      const { text, bom } = readPolicy(file);
      const outcome = fixText(analyzer, file, text);
      analyzer.forget(file);
      remaining += outcome.remaining.diagnostics.length;
      if (!outcome.settled) context.printError(`policymd: ${shown}: safe fixes had not settled after ${maxFixPasses} passes; run fix again and review the result`);
      if (outcome.text === text) continue;
      const label = shown.split('\\').join('/');
      if (dryRun) context.print(unifiedDiff(text, outcome.text, `a/${label}`, `b/${label}`).replace(/\n$/, ''));
      else {
        // Someone (an editor's autosave) may have written the file while we worked; theirs wins.
        if (readPolicy(file).text !== text) fail(`${shown} changed while it was being fixed; nothing written`);
        writeFileAtomic(file, (bom ? '\ufeff' : '') + outcome.text);
        report(`fixed ${shown}: ${outcome.fixed} problem(s) in ${outcome.passes} pass(es)`);
      }
      changedFiles++;
      fixedCount += outcome.fixed;
    } catch (error) {
      errors.push(describeFileFailure(displayPath(file, context.cwd), error));
    }
  }
  const verb = dryRun ? 'would fix' : 'fixed';
  report(`${files.length} file(s) checked, ${verb} ${fixedCount} problem(s) in ${changedFiles} file(s); ${remaining} finding(s) remain${remaining > 0 ? ' (see policymd check)' : ''}.`);
  for (const error of [...new Set(errors)]) context.printError(`policymd: ${error}`);
  return errors.length > 0 ? 2 : 0;
}
