import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService, type DocumentSettings } from '../../language';
import { describeFileFailure, fail } from '../errors';
import { selectFiles } from '../files';
import { displayPath } from '../formats/text';
import { readPolicy, writeFileAtomic } from '../io';
import { parseCommandLine, standardOptions } from '../options';
import type { CommandContext } from './context';

export const formatHelp = `Usage: policymd format [files|directories|globs…] [options]

Aligns GFM tables by display width (full-width characters count two) and makes each list use one
bullet, one delimiter and consecutive numbers in its own style (1. / （1） / ①). Nothing else in the
file changes. Files are selected as by "policymd check" and replaced atomically.

Options:
  --check                list the files that are not formatted and change nothing (exit 1 if any)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 done (with --check: every file is formatted), 1 with --check: some file is not,
2 usage or I/O error.`;

/** Formatting reads no configuration: the result must not depend on where the file is. */
const settings: DocumentSettings = { profile: 'auto', messageLanguage: 'en' };

export function format(args: string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine('format', args, { ...standardOptions, check: { type: 'boolean' } });
  if (values.help || values.version) {
    context.print(values.help ? formatHelp : context.version);
    return 0;
  }
  const checkOnly = values.check === true;
  const service = createPolicyLanguageService();
  const { files, problems } = selectFiles(positionals, context.cwd);
  const errors = [...problems];
  let changed = 0;
  for (const file of files) {
    const shown = displayPath(file, context.cwd);
    try {
      const { text, bom } = readPolicy(file);
      const uri = pathToFileURL(file).href;
      const document = TextDocument.create(uri, 'policy-markdown', 1, text);
      const formatted = TextDocument.applyEdits(document, service.formatDocument(document, settings));
      service.forget(uri);
      if (formatted === text) continue;
      changed++;
      if (checkOnly) {
        context.print(`not formatted: ${shown}`);
        continue;
      }
      // Someone (an editor's autosave) may have written the file while we worked; theirs wins.
      if (readPolicy(file).text !== text) fail(`${shown} changed while it was being formatted; nothing written`);
      writeFileAtomic(file, (bom ? '\ufeff' : '') + formatted);
      context.print(`formatted ${shown}`);
    } catch (error) {
      errors.push(describeFileFailure(shown, error));
    }
  }
  const summary = checkOnly ? `${files.length} file(s) checked, ${changed} not formatted.` : `${files.length} file(s) checked, ${changed} formatted.`;
  (checkOnly ? context.printError : context.print)(summary);
  for (const error of [...new Set(errors)]) context.printError(`policymd: ${error}`);
  if (errors.length > 0) return 2;
  return checkOnly && changed > 0 ? 1 : 0;
}
