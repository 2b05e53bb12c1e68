import type { Span } from '../../text/positions';

export interface OffsetEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * One thing the formatter may rewrite as a whole: a table, a list written with Markdown markers or a run of
 * numbered lines. Range formatting takes the units that intersect the range, so a unit is never half done.
 */
export interface FormatUnit {
  readonly span: Span;
  readonly edits: readonly OffsetEdit[];
}
