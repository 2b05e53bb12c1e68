import { profileIds } from '../../language/model/types';
import { Analyzer, type FileResult } from '../analyze';
import { describeFileFailure } from '../errors';
import { selectFiles } from '../files';
import type { FormatContext } from '../formats/context';
import { formatGithub } from '../formats/github';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { displayPath, formatText } from '../formats/text';
import { readPolicy } from '../io';
import { analysisOptions, oneOf, parseCommandLine, parseCount, parseMessageLanguage, parseProfile, parseRuleOverrides, standardOptions } from '../options';
import type { CommandContext } from './context';

export const checkHelp = `Usage: policymd check [files|directories|globs…] [options]

Checks policies. With no operands, checks every *.policy.md file and every .md file with "policy:"
front matter under the current directory, skipping node_modules, hidden directories and .gitignore'd
paths. A file named explicitly is checked whatever its extension.

Options:
  --format F             text (default) | json | sarif | github
  --profile P            ${profileIds.join(' | ')} (default: front matter, .policymd.json or the language)
  --config FILE          use this .policymd.json for every file instead of the nearest one
  --rule ID=SEVERITY     override a rule: off | hint | info | warning | error (repeatable)
  --max-warnings N       also fail (exit 1) when there are more than N warnings
  --quiet                report errors only
  --color, --no-color    force colour on or off (default: on for a terminal; NO_COLOR and
                         FORCE_COLOR are honoured)
  --message-language L   ja | en (default: each document's language)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many warnings,
2 usage, configuration or I/O error.`;

const formats = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof formats)[number];

function useColor(noColorFlag: boolean, format: Format): boolean {
  if (format !== 'text' || noColorFlag) return false;
  const { NO_COLOR, FORCE_COLOR } = process.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '' && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') return true;
  return process.stdout.isTTY === true;
}

function render(format: Format, results: readonly FileResult[], context: FormatContext): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, context);
    case 'github':
      return formatGithub(results, context);
    default:
      return formatText(results, context);
  }
}

export function check(args: string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine('check', args, {
    ...analysisOptions,
    ...standardOptions,
    format: { type: 'string', short: 'f', default: 'text' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    'no-color': { type: 'boolean' },
    color: { type: 'boolean' },
  });
  if (values.help || values.version) {
    context.print(values.help ? checkHelp : context.version);
    return 0;
  }
  const format = oneOf('format', values.format, formats);
  const maxWarnings = parseCount('max-warnings', values['max-warnings']);
  const messageLanguage = parseMessageLanguage(values['message-language']);
  const analyzer = new Analyzer(
    { profile: parseProfile(values.profile), configPath: values.config, rules: parseRuleOverrides(values.rule), messageLanguage },
    context.cwd,
  );

  const { files, problems } = selectFiles(positionals, context.cwd);
  const errors = [...problems];
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const { text } = readPolicy(file);
      results.push(analyzer.analyze(file, text));
      // The model of a checked file is not needed again; keep memory flat over large trees.
      analyzer.forget(file);
    } catch (error) {
      errors.push(describeFileFailure(displayPath(file, context.cwd), error));
    }
  }

  const count = (severity: string) => results.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.severity === severity).length, 0);
  const errorCount = count('error');
  const warningCount = count('warning');
  const shown = values.quiet ? results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') })) : results;
  const color = format === 'text' && !values['no-color'] && (values.color === true || useColor(false, format));
  const output = render(format, shown, { cwd: context.cwd, color, language: messageLanguage ?? 'en', toolVersion: context.version });
  if (output !== '') context.print(output);

  for (const error of [...new Set(errors)]) context.printError(`policymd: ${error}`);
  if (errors.length > 0) return 2;
  if (errorCount > 0) return 1;
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    context.printError(`policymd: ${warningCount} warnings exceed --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}
