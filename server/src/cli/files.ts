import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { describeFsError } from './errors';
import { GitIgnore } from './gitignore';

const skippedDirectories = new Set(['node_modules', '.git', '.hg', '.svn']);
const frontMatterProbeBytes = 4096;

/** Reads only the head of a `.md` file to see whether its front matter declares a policy. */
export function hasPolicyFrontMatter(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(frontMatterProbeBytes);
    const length = readSync(fd, buffer, 0, frontMatterProbeBytes, 0);
    const head = buffer.subarray(0, length).toString('utf8').replace(/^\ufeff/, '');
    const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(head);
    return match !== null && /^policy[ \t]*:/m.test(match[1]);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isPolicyFile(path: string): boolean {
  if (path.endsWith('.policy.md')) return true;
  return path.endsWith('.md') && hasPolicyFrontMatter(path);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Walk {
  readonly found: string[];
  readonly seen: Set<string>;
  readonly gitignore: GitIgnore;
  ignored: number;
}

function isDirectory(entry: Dirent, full: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

function walk(directory: string, state: Walk): void {
  let key: string;
  try {
    const stats = statSync(directory);
    key = `${stats.dev}:${stats.ino}`;
  } catch {
    return;
  }
  // A symlink loop leads back to a directory already walked; each file is found once.
  if (state.seen.has(key)) return;
  state.seen.add(key);
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  state.gitignore.enter(directory);
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
    const full = join(directory, entry.name);
    if (isDirectory(entry, full)) {
      if (skippedDirectories.has(entry.name) || entry.name.startsWith('.')) continue;
      if (state.gitignore.ignores(full, true)) state.ignored++;
      else walk(full, state);
    } else if (isPolicyFile(full)) {
      if (state.gitignore.ignores(full, false)) state.ignored++;
      else state.found.push(full);
    }
  }
}

const globChars = /[*?[\]{}]/;

export interface FileSelection {
  /** Absolute paths in a stable order, each once. */
  readonly files: string[];
  /** One line per operand that selected nothing or could not be read. */
  readonly problems: string[];
}

function nothingFound(operand: string, ignored: number): string {
  const why = ignored > 0 ? ` (${ignored} skipped by .gitignore)` : '';
  return `${operand}: no policy files found (*.policy.md, or .md with "policy:" front matter)${why}`;
}

/**
 * Expands the command-line operands: a file named explicitly is checked whatever its extension;
 * a directory or glob selects `*.policy.md` and `.md` files with `policy:` front matter, skipping
 * node_modules, hidden directories and what `.gitignore` excludes. No operand means `.`.
 */
export function selectFiles(operands: readonly string[], cwd: string): FileSelection {
  const files = new Set<string>();
  const problems: string[] = [];
  const gitignore = new GitIgnore(cwd);
  const walkFrom = (directory: string): Walk => {
    const state: Walk = { found: [], seen: new Set(), gitignore, ignored: 0 };
    walk(directory, state);
    return state;
  };
  for (const operand of operands.length > 0 ? operands : ['.']) {
    if (globChars.test(operand)) {
      const parts = operand.split(/[\\/]/);
      const staticParts: string[] = [];
      for (const part of parts) {
        if (globChars.test(part)) break;
        staticParts.push(part);
      }
      const base = resolve(cwd, staticParts.join(sep) || '.');
      const state = walkFrom(base);
      const pattern = isAbsolute(operand) ? operand : resolve(cwd, operand);
      const matched = state.found.filter((file) => minimatch(file, pattern, { dot: false }));
      if (matched.length === 0) problems.push(nothingFound(operand, state.ignored));
      matched.forEach((file) => files.add(file));
      continue;
    }
    const path = resolve(cwd, operand);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      problems.push(describeFsError(operand, error));
      continue;
    }
    if (stats.isDirectory()) {
      const state = walkFrom(path);
      if (state.found.length === 0) problems.push(nothingFound(operand, state.ignored));
      state.found.forEach((file) => files.add(file));
    } else files.add(path);
  }
  return { files: [...files].sort((a, b) => compareStrings(relative(cwd, a), relative(cwd, b))), problems };
}
