import type { FileResult } from '../analyze';

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
