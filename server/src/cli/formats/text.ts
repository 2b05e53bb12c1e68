import { relative, sep } from 'node:path';
import type { FileResult } from '../analyze';
import type { FormatContext } from './context';

const codes = { bold: [1, 22], gray: [90, 39], red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39] } as const;
type Style = keyof typeof codes;

export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) ? filePath : rel;
}

/**
 * Control characters quoted from a document (an escape sequence in a heading, say) must not reach
 * the terminal as commands, and a line break would split one finding over two lines.
 */
function printable(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `file:line:col severity message [rule]`, one file's findings together, then one summary line. */
export function formatText(results: readonly FileResult[], context: FormatContext): string {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
  const severityStyle = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;
  const groups: string[] = [];
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let fixable = 0;
  for (const { filePath, document, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    const path = printable(displayPath(filePath, context.cwd));
    const lines: string[] = [];
    for (const diagnostic of diagnostics) {
      const start = document.lines.positionAt(diagnostic.span.start);
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
      else notes++;
      if (diagnostic.fixes.some((fix) => fix.safe)) fixable++;
      const location = paint('bold', `${path}:${start.line + 1}:${start.character + 1}`);
      lines.push(`${location} ${paint(severityStyle[diagnostic.severity], diagnostic.severity)} ${printable(diagnostic.message)} ${paint('gray', `[${diagnostic.ruleId}]`)}`);
    }
    groups.push(lines.join('\n'));
  }
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(notes > 0 ? [`${notes} info/hint`] : [])].join(', ');
  const fixHint = fixable > 0 ? ` ${fixable} fixable with \`policymd fix\`.` : '';
  const summary = `${plural(results.length, 'file')} checked: ${counts}.${fixHint}`;
  const style: Style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'green';
  return [...groups, paint(style, summary)].join('\n\n');
}
