import type { FileResult } from '../analyze';
import type { FormatContext } from './context';
import { displayPath } from './text';

/** The message part of a workflow command: GitHub reads %, CR and LF as its own escapes. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: additionally `:` ends the properties and `,` separates them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const command = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export function formatGithub(results: readonly FileResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const { filePath, document, diagnostics } of results) {
    const file = displayPath(filePath, context.cwd).split('\\').join('/');
    for (const diagnostic of diagnostics) {
      const start = document.lines.positionAt(diagnostic.span.start);
      const end = document.lines.positionAt(diagnostic.span.end);
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(`policymd ${diagnostic.ruleId}`)}`,
      ];
      lines.push(`::${command[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}`);
    }
  }
  return lines.join('\n');
}
