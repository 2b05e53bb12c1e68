import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Matcher {
  readonly base: string;
  readonly rules: Ignore;
}

function readIgnoreFile(directory: string): Matcher | undefined {
  try {
    const text = readFileSync(join(directory, '.gitignore'), 'utf8');
    return { base: directory, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function isRepositoryRoot(directory: string): boolean {
  try {
    statSync(join(directory, '.git'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The `.gitignore` files that apply to a walk: those from the working directory up to the root of
 * its repository, plus those found in each directory walked. Git's own precedence is kept: a deeper
 * file's patterns, including `!` re-inclusions, win over a shallower one's.
 */
export class GitIgnore {
  readonly #matchers: Matcher[] = [];
  readonly #loaded = new Set<string>();

  constructor(cwd: string) {
    const ancestors: string[] = [];
    let current = cwd;
    for (let depth = 0; depth < 64; depth++) {
      ancestors.push(current);
      const parent = dirname(current);
      // Outside a repository only the working directory's own file applies, not a stray one in $HOME.
      if (isRepositoryRoot(current) || parent === current) break;
      current = parent;
    }
    if (!isRepositoryRoot(ancestors[ancestors.length - 1])) ancestors.splice(1);
    for (const directory of ancestors.reverse()) this.enter(directory);
  }

  /** Reads the `.gitignore` of a directory the walk is entering (once per directory). */
  enter(directory: string): void {
    if (this.#loaded.has(directory)) return;
    this.#loaded.add(directory);
    const matcher = readIgnoreFile(directory);
    if (matcher) {
      this.#matchers.push(matcher);
      this.#matchers.sort((a, b) => a.base.length - b.base.length);
    }
  }

  ignores(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.#matchers) {
      const rel = relative(base, path);
      if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) continue;
      const result = rules.test(rel.split(sep).join('/') + (isDirectory ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}
