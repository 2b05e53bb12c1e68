import type { Nodes } from 'mdast';
import { parseNumbering } from '../../model/numbering';
import { spanOf } from '../../model/text';
import type { Numbering, NumberingStyle } from '../../model/types';
import type { LineIndex } from '../../text/positions';
import { isRenumbered, renumber, styleFamily } from './numberingStyles';
import type { FormatUnit, OffsetEdit } from './types';

/** Where a paragraph line's own text starts after block-quote markers and indentation. */
const linePrefix = /^[ \t]*(?:>[ \t]?)*/;

interface Run {
  readonly style: NumberingStyle;
  readonly items: Numbering[];
}

/**
 * Japanese policies write most lists as paragraph lines starting with （1）, ① or (1), not as Markdown
 * lists. Consecutive such lines — within a paragraph or across paragraphs that each start with one — count
 * as one list; a line in another style nests inside it until the outer style comes back, and a value of 1
 * starts a new list (the same reading as the numbering-gap rule). Prose, headings and any other block end it.
 */
export class NumberedLineRuns {
  readonly #runs: Run[] = [];
  #open: Run[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /** Any block other than a paragraph ends the open lists. */
  reset(): void {
    this.#open = [];
  }

  /** `skipFirstLine` leaves a list item's first line to the list formatter, which owns its numbering. */
  paragraph(node: Nodes, skipFirstLine: boolean): void {
    const span = spanOf(node);
    if (!span) return;
    const firstLine = this.lines.lineAt(span.start);
    const lastLine = this.lines.lineAt(Math.max(span.start, span.end - 1));
    for (let line = firstLine; line <= lastLine; line++) {
      if (line === firstLine && skipFirstLine) continue;
      const start = line === firstLine ? span.start : this.lines.lineStart(line);
      const lineText = this.text.slice(start, Math.min(this.lines.lineEnd(line), span.end));
      const offset = line === firstLine ? 0 : (linePrefix.exec(lineText)?.[0].length ?? 0);
      const numbering = parseNumbering(lineText.slice(offset), start + offset);
      if (numbering) this.#add(numbering);
      else if (line === firstLine) this.reset();
    }
  }

  #add(numbering: Numbering): void {
    const style = styleFamily(numbering.style);
    const index = this.#open.findIndex((run) => run.style === style);
    if (index >= 0 && numbering.value !== 1) {
      this.#open = this.#open.slice(0, index + 1);
      this.#open[index].items.push(numbering);
      return;
    }
    if (index >= 0) this.#open = this.#open.slice(0, index);
    const run: Run = { style, items: [numbering] };
    this.#runs.push(run);
    this.#open.push(run);
  }

  units(): FormatUnit[] {
    const units: FormatUnit[] = [];
    for (const run of this.#runs) {
      if (run.items.length < 2 || !isRenumbered(run.style)) continue;
      const template = run.items[0];
      const edits: OffsetEdit[] = [];
      run.items.forEach((item, index) => {
        const wanted = renumber(template, template.value + index, item);
        if (wanted !== undefined && wanted !== item.text) edits.push({ span: item.span, newText: wanted });
      });
      units.push({ span: { start: template.span.start, end: run.items[run.items.length - 1].span.end }, edits });
    }
    return units;
  }
}
