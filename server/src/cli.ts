import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { selectFiles } from './cli/files';
import { formatJson, formatText, type FileResult } from './cli/output';
import { ConfigCache, loadConfigFile, type LoadedConfig } from './configFiles';
import { createPolicyLanguageService, type DocumentSettings } from './language';
import { profileIds, type ProfileId } from './language/model/types';
import type { MessageLanguage } from './language/rules/types';

const version = '0.1.0';
const maxFileBytes = 20 * 1024 * 1024;

const usage = `Usage: policymd <command> [options]

Commands:
  check [files|globs…]   Check policies (default: *.policy.md and .md files with policy: front matter under .)

Options for check:
  --format text|json     Output format (default: text)
  --profile P            ${profileIds.join(' | ')} (default: from front matter, .policymd.json or the language)
  --config FILE          Use this .policymd.json instead of the nearest one
  --message-language L   ja | en (default: the document's language)
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Reads a file as UTF-8, refusing binary files and invalid encodings with a one-line reason. */
function readPolicy(path: string): string {
  const stats = statSync(path);
  if (stats.isDirectory()) fail(`${path} is a directory`);
  if (stats.size > maxFileBytes) fail(`${path} is larger than ${maxFileBytes / 1024 / 1024} MB`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) fail(`${path} looks like a binary file, not a policy`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${path} is not valid UTF-8`);
  }
}

function check(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      profile: { type: 'string' },
      config: { type: 'string' },
      'message-language': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') fail(`unknown format "${format}" (use text or json)`);
  const profile = values.profile;
  if (profile !== undefined && !(profileIds as readonly string[]).includes(profile)) fail(`unknown profile "${profile}" (use ${profileIds.join(', ')})`);
  const messageLanguage = values['message-language'];
  if (messageLanguage !== undefined && messageLanguage !== 'ja' && messageLanguage !== 'en') fail(`unknown message language "${messageLanguage}" (use ja or en)`);

  const cwd = process.cwd();
  let explicitConfig: LoadedConfig | undefined;
  if (values.config) explicitConfig = loadConfigFile(resolve(cwd, values.config));
  const { files, missing } = selectFiles(positionals, cwd);
  if (missing.length > 0) fail(`no such file or no match: ${missing.join(', ')}`);

  const service = createPolicyLanguageService();
  const configs = new ConfigCache();
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = explicitConfig ?? configs.forDirectory(dirname(file));
    if (loaded.error) fail(loaded.error);
    if (loaded.problems.length > 0) fail(`${loaded.path}: ${loaded.problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ')}`);
    const text = readPolicy(file);
    const textDocument = TextDocument.create(pathToFileURL(file).href, 'policy-markdown', 1, text);
    const base: DocumentSettings = { profile: (profile as ProfileId | undefined) ?? 'auto', messageLanguage: 'en', config: loaded.config };
    const document = service.getDocument(textDocument, base);
    const language = (messageLanguage as MessageLanguage | undefined) ?? loaded.config.messageLanguage ?? document.language;
    const diagnostics = service.computeDiagnostics(textDocument, { ...base, messageLanguage: language });
    results.push({ filePath: file, document, diagnostics });
  }
  console.log(format === 'json' ? formatJson(results) : formatText(results, (path) => relative(cwd, path) || path));
  return results.some((result) => result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    console.log(usage);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    console.log(version);
    return 0;
  }
  if (command === 'check') return check(rest);
  fail(`unknown command "${command}"`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`policymd: ${message}`);
  if (!(error instanceof UsageError) && process.env.POLICYMD_DEBUG) console.error(error);
  process.exitCode = 2;
}
