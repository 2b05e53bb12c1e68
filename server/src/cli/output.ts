import type { PolicyDocument } from '../language';
import type { PolicyDiagnostic } from '../language/features/diagnostics';

export interface FileResult {
  readonly filePath: string;
  readonly document: PolicyDocument;
  readonly diagnostics: readonly PolicyDiagnostic[];
}

const jsonSeverity = { error: 2, warning: 1, info: 0, hint: 0 } as const;

/** DESIGN §5: one array of files, 1-based lines and columns, columns in UTF-16 code units. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(
    results.map(({ filePath, document, diagnostics }) => ({
      filePath,
      messages: diagnostics.map((diagnostic) => {
        const start = document.lines.positionAt(diagnostic.span.start);
        const end = document.lines.positionAt(diagnostic.span.end);
        return {
          ruleId: diagnostic.ruleId,
          messageId: diagnostic.messageId,
          severity: jsonSeverity[diagnostic.severity],
          message: diagnostic.message,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          fixable: diagnostic.fixes.some((fix) => fix.safe),
        };
      }),
    })),
    null,
    2,
  );
}

/** `file:line:col severity message [rule]`, grouped by file. */
export function formatText(results: readonly FileResult[], displayPath: (path: string) => string): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { filePath, document, diagnostics } of results) {
    for (const diagnostic of diagnostics) {
      const start = document.lines.positionAt(diagnostic.span.start);
      if (diagnostic.severity === 'error') errors++;
      if (diagnostic.severity === 'warning') warnings++;
      lines.push(`${displayPath(filePath)}:${start.line + 1}:${start.character + 1} ${diagnostic.severity} ${diagnostic.message} [${diagnostic.ruleId}]`);
    }
  }
  lines.push(`${results.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`);
  return lines.join('\n');
}
