import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clauseLibrary } from '../language/clauses/user';
import { renderPolicyPage } from '../language/features/render';
import { profileIds } from '../language/model/types';
import { Analyzer } from './analyze';
import type { CommandContext } from './commands/context';
import { describeFsError, fail } from './errors';
import { readPolicy } from './io';
import { parseCommandLine, parseProfile, standardOptions } from './options';

export const renderHelp = `Usage: policymd render FILE [-o out.html] [options]

Writes the policy as one standalone HTML page ready to publish: numbered as written, standard
clauses (::clause{ref="…"}) expanded, pasted tables as tables, raw HTML removed, inline CSS,
no scripts, a table of contents. Without -o the page goes to standard output.

Options:
  -o, --output FILE      write the page here (replaced if it exists)
  --profile P            ${profileIds.join(' | ')}
  --config FILE          use this .policymd.json instead of the nearest one
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 written, 2 usage or I/O error.`;

export function render(args: string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine('render', args, {
    ...standardOptions,
    output: { type: 'string', short: 'o' },
    profile: { type: 'string' },
    config: { type: 'string' },
  });
  if (values.help || values.version) {
    context.print(values.help ? renderHelp : context.version);
    return 0;
  }
  if (positionals.length !== 1) fail(`render: give exactly one file (see policymd render --help)`);
  const file = resolve(context.cwd, positionals[0]);
  const analyzer = new Analyzer({ profile: parseProfile(values.profile), configPath: values.config, rules: {} }, context.cwd);
  const { document } = analyzer.analyze(file, readPolicy(file).text);
  const page = renderPolicyPage(document, { generator: `policymd ${context.version}`, clauses: clauseLibrary(analyzer.configFor(file)) });
  if (values.output === undefined) {
    context.print(page.trimEnd());
    return 0;
  }
  const output = resolve(context.cwd, values.output);
  try {
    writeFileSync(output, page, 'utf8');
  } catch (error) {
    fail(describeFsError(values.output, error));
  }
  return 0;
}
