const clearers: (() => void)[] = [];

/** Registers a module-level cache to be emptied by {@link clearMemos}. */
export function registerCache(clear: () => void): void {
  clearers.push(clear);
}

/**
 * Results of pure functions of a string, kept across document versions: an edit changes one block, so
 * the next version asks again for almost every key of the last one. Two generations bound the memory
 * without the bookkeeping of an LRU: when the current one fills up it becomes the previous one, and a
 * key found only in the previous one is carried over.
 */
export class StringMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** `registered: false` for memos kept in a map that is itself registered, so they do not pile up. */
  constructor(
    private readonly capacity = 20_000,
    registered = true,
  ) {
    if (registered) registerCache(() => this.clear());
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }

  get(key: string, compute: (key: string) => V): V {
    const hit = this.current.get(key);
    if (hit !== undefined || this.current.has(key)) return hit as V;
    const old = this.previous.get(key);
    const value = old !== undefined || this.previous.has(key) ? (old as V) : compute(key);
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }
}

/**
 * Drops every memo's entries. The memos outlive document versions on purpose, but once no document is
 * open they only hold text the writer has closed, which a long-running server should give back.
 */
export function clearMemos(): void {
  for (const clear of clearers) clear();
}

const nothingFound = new Map<string, StringMemo<boolean>>();
registerCache(() => nothingFound.clear());

/**
 * Whether `search` finds nothing in `value`, remembered per `kind` (a name that stands for the search,
 * such as a regular expression's flags and source). Rules that scan every text segment for something
 * rare ask this first, so that an edit costs one segment's search instead of the whole document's.
 */
export function findsNothing(kind: string, value: string, search: (value: string) => boolean): boolean {
  return nothingFinder(kind, search)(value);
}

/**
 * {@link findsNothing} for one search over many texts. A loop over every segment should look its memo
 * up once: the kind is a long string built per call, and finding it again for each of thousands of
 * segments compared it character by character each time.
 */
export function nothingFinder(kind: string, search: (value: string) => boolean): (value: string) => boolean {
  let memo = nothingFound.get(kind);
  if (!memo) {
    if (nothingFound.size >= 1_000) nothingFound.clear();
    memo = new StringMemo<boolean>(undefined, false);
    nothingFound.set(kind, memo);
  }
  const found = memo;
  const compute = (key: string) => !search(key);
  return (value) => found.get(value, compute);
}

/** A stable name for a regular expression, for {@link findsNothing}. */
export function regexKind(regex: RegExp): string {
  return `${regex.flags}/${regex.source}`;
}
