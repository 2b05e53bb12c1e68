import { profileIds } from '../../language/model/types';
import { allRules } from '../../language/rules';
import { defaultSeverityFor } from '../../language/rules/types';
import { oneOf, parseCommandLine, parseMessageLanguage, standardOptions } from '../options';
import type { CommandContext } from './context';

export const rulesHelp = `Usage: policymd rules [options]

Lists every rule: its id, its default severity under each profile, whether "policymd fix" can fix
it, and what it checks. Use an id with --rule ID=SEVERITY or in .policymd.json "rules".

Options:
  --format F             text (default) | json
  --message-language L   ja | en (default: en)
  -h, --help             show this help
  -v, --version          show the version`;

export function rules(args: string[], context: CommandContext): number {
  const { values } = parseCommandLine('rules', args, { ...standardOptions, format: { type: 'string', short: 'f', default: 'text' }, 'message-language': { type: 'string' } });
  if (values.help || values.version) {
    context.print(values.help ? rulesHelp : context.version);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const);
  const language = parseMessageLanguage(values['message-language']) ?? 'en';
  const rows = allRules.map((rule) => ({
    id: rule.id,
    severity: Object.fromEntries(profileIds.map((profile) => [profile, defaultSeverityFor(rule, profile)])),
    fixable: rule.fixable,
    tags: [...rule.tags],
    legalBasis: rule.legalBasis,
    description: rule.description[language],
  }));
  if (format === 'json') {
    context.print(JSON.stringify(rows, null, 2));
    return 0;
  }
  const header = ['rule', ...profileIds, 'fixable', 'description'];
  const table = [header, ...rows.map((row) => [row.id, ...profileIds.map((profile) => row.severity[profile]), row.fixable ? 'yes' : 'no', row.description])];
  // The last column is free text (often Japanese) and is left unpadded, so width counting is moot.
  const widths = header.slice(0, -1).map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  context.print(table.map((cells) => cells.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]) : cell)).join('  ')).join('\n'));
  context.print(`\n${rows.length} rules. Severities are the defaults per profile; .policymd.json, --rule and editor settings override them.`);
  return 0;
}
