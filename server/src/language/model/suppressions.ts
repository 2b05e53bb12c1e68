import type { Nodes, RootContent } from 'mdast';
import type { LineIndex } from '../text/positions';
import { spanOf } from './text';
import type { SuppressionComment } from './types';

const comment = /<!--\s*policymd-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

/** `<!-- policymd-disable rule-id -->`, `<!-- policymd-enable -->` and `<!-- policymd-disable-next-line rule-id -->`. */
export function findSuppressions(blocks: readonly RootContent[], text: string, lines: LineIndex): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  const visit = (node: Nodes | RootContent) => {
    if (node.type === 'html') {
      const span = spanOf(node);
      if (!span) return;
      comment.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = comment.exec(node.value)) !== null) {
        const start = text.indexOf(match[0], span.start);
        const at = start >= 0 ? start : span.start;
        found.push({
          kind: match[1] as SuppressionComment['kind'],
          ruleIds: match[2].split(/[\s,]+/).filter(Boolean),
          span: { start: at, end: at + match[0].length },
          line: lines.lineAt(at),
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const block of blocks) visit(block);
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a finding of `ruleId` that starts on `line` is switched off by a comment. */
export function isSuppressed(suppressions: readonly SuppressionComment[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const suppression of suppressions) {
    const applies = suppression.ruleIds.length === 0 || suppression.ruleIds.includes(ruleId);
    if (!applies) continue;
    if (suppression.kind === 'disable-next-line') {
      if (suppression.line + 1 === line) return true;
      continue;
    }
    if (suppression.line > line) break;
    disabled = suppression.kind === 'disable';
  }
  return disabled;
}
