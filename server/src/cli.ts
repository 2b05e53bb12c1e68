import { version } from '../../package.json';
import { check } from './cli/commands/check';
import type { Command, CommandContext } from './cli/commands/context';
import { fix } from './cli/commands/fix';
import { format } from './cli/commands/format';
import { rules } from './cli/commands/rules';
import { fail, UsageError } from './cli/errors';
import { render } from './cli/render';

/** The subcommands; each parses its own options and prints its own --help. Add new ones here. */
const commands: Record<string, { readonly run: Command; readonly summary: string }> = {
  check: { run: check, summary: 'check policies (text, json, sarif or github output)' },
  fix: { run: fix, summary: 'apply every safe fix in place (--dry-run prints a diff)' },
  rules: { run: rules, summary: 'list the rules with their default severities' },
  render: { run: render, summary: 'write a policy as a standalone HTML page (-o out.html)' },
  format: { run: format, summary: 'align tables and make list markers and numbering consistent (--check)' },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: policymd <command> [options]

Commands:
${list.join('\n')}

Run "policymd <command> --help" for a command's options.
Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.

Options:
  -h, --help     show this help
  -v, --version  show the version`;
}

async function main(argv: string[]): Promise<number> {
  const context: CommandContext = {
    cwd: process.cwd(),
    version,
    print: (text) => process.stdout.write(`${text}\n`),
    printError: (text) => process.stderr.write(`${text}\n`),
  };
  const [name, ...rest] = argv;
  if (name === undefined) {
    context.printError(usage());
    return 2;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    // `policymd help check` reads like git's.
    if (rest[0] !== undefined && Object.hasOwn(commands, rest[0])) return commands[rest[0]].run(['--help'], context);
    context.print(usage());
    return 0;
  }
  if (name === '-v' || name === '--version') {
    context.print(version);
    return 0;
  }
  if (!Object.hasOwn(commands, name)) fail(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
  return commands[name].run(rest, context);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`policymd: ${message}\n`);
    if (!(error instanceof UsageError) && process.env.POLICYMD_DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
