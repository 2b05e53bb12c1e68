/** Unified diffs for `policymd fix --dry-run`, readable by `git apply` and `patch -p1`. */

type Op = { readonly kind: ' ' | '-' | '+'; readonly oldIndex: number; readonly newIndex: number };

interface Lines {
  readonly lines: string[];
  /** The last line has no line break after it. */
  readonly noFinalNewline: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], noFinalNewline: false };
  const lines = text.split('\n');
  const noFinalNewline = lines[lines.length - 1] !== '';
  if (!noFinalNewline) lines.pop();
  return { lines, noFinalNewline };
}

/** Past this many differing lines a shortest script is not worth its cost; the middle is replaced whole. */
const maxEditDistance = 2000;

/** Myers' O(ND) shortest edit script over line ids. */
function myers(a: Int32Array, b: Int32Array): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEditDistance);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d];
    const at = (k: number) => saved[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) ops.push({ kind: ' ', oldIndex: --x, newIndex: --y });
    if (d > 0) {
      if (x === previousX) ops.push({ kind: '+', oldIndex: x, newIndex: --y });
      else ops.push({ kind: '-', oldIndex: --x, newIndex: y });
    }
  }
  return ops.reverse();
}

function editScript(oldLines: readonly string[], newLines: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (suffix < oldLines.length - prefix && suffix < newLines.length - prefix && oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]) suffix++;
  const ids = new Map<string, number>();
  const toIds = (lines: readonly string[]) => Int32Array.from(lines, (line) => ids.get(line) ?? (ids.set(line, ids.size), ids.size - 1));
  const a = toIds(oldLines.slice(prefix, oldLines.length - suffix));
  const b = toIds(newLines.slice(prefix, newLines.length - suffix));
  const middle = myers(a, b) ?? [
    ...Array.from(a, (_, i) => ({ kind: '-' as const, oldIndex: i, newIndex: 0 })),
    ...Array.from(b, (_, i) => ({ kind: '+' as const, oldIndex: a.length, newIndex: i })),
  ];
  const ops: Op[] = [];
  for (let i = 0; i < prefix; i++) ops.push({ kind: ' ', oldIndex: i, newIndex: i });
  for (const op of middle) ops.push({ kind: op.kind, oldIndex: op.oldIndex + prefix, newIndex: op.newIndex + prefix });
  for (let i = suffix; i > 0; i--) ops.push({ kind: ' ', oldIndex: oldLines.length - i, newIndex: newLines.length - i });
  return ops;
}

function range(start: number, count: number): string {
  // An empty range names the line before it, as diff(1) does.
  return `${count === 0 ? start : start + 1},${count}`;
}

/** A unified diff with three lines of context; empty when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, oldLabel: string, newLabel: string, context = 3): string {
  if (oldText === newText) return '';
  const before = splitLines(oldText);
  const after = splitLines(newText);
  // A last line without its line break differs from the same line with one.
  const keys = (side: Lines) => (side.noFinalNewline ? [...side.lines.slice(0, -1), `${side.lines[side.lines.length - 1]}\n`] : side.lines);
  const ops = editScript(keys(before), keys(after));
  const out = [`--- ${oldLabel}`, `+++ ${newLabel}`];
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  let i = 0;
  while (i < changed.length) {
    let last = i;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1) last++;
    const from = Math.max(0, changed[i] - context);
    const to = Math.min(ops.length, changed[last] + context + 1);
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = hunk.find((op) => op.kind !== '+')?.oldIndex ?? hunk[0].oldIndex;
    const newStart = hunk.find((op) => op.kind !== '-')?.newIndex ?? hunk[0].newIndex;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of hunk) {
      const fromOld = op.kind !== '+';
      const side = fromOld ? before : after;
      const index = fromOld ? op.oldIndex : op.newIndex;
      out.push(`${op.kind}${side.lines[index]}`);
      if (side.noFinalNewline && index === side.lines.length - 1) out.push('\\ No newline at end of file');
    }
    i = last + 1;
  }
  return `${out.join('\n')}\n`;
}
