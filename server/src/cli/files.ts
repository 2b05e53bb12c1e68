import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';

const skippedDirectories = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Reads only the head of a `.md` file to see whether its front matter declares a policy. */
export function hasPolicyFrontMatter(path: string): boolean {
  try {
    const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 4096).replace(/^\ufeff/, '');
    const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(head);
    return match !== null && /^policy[ \t]*:/m.test(match[1]);
  } catch {
    return false;
  }
}

function isPolicyFile(path: string): boolean {
  if (path.endsWith('.policy.md')) return true;
  return path.endsWith('.md') && hasPolicyFrontMatter(path);
}

function walk(directory: string, into: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = statSync(directory).ino + ':' + statSync(directory).dev;
  } catch {
    return;
  }
  // A symlink loop shows the same directory twice.
  if (seen.has(real)) return;
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(directory, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && safeIsDirectory(full))) {
      if (!skippedDirectories.has(entry.name) && !entry.name.startsWith('.')) walk(full, into, seen);
    } else if (isPolicyFile(full)) into.push(full);
  }
}

function safeIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const globChars = /[*?[\]{}]/;

export interface FileSelection {
  readonly files: string[];
  readonly missing: string[];
}

/**
 * Expands the command-line operands: a file named explicitly is checked whatever its extension;
 * a directory or glob selects `*.policy.md` and `.md` files with `policy:` front matter.
 */
export function selectFiles(operands: readonly string[], cwd: string): FileSelection {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const operand of operands.length > 0 ? operands : ['.']) {
    if (globChars.test(operand)) {
      const parts = operand.split(/[\\/]/);
      const staticParts: string[] = [];
      for (const part of parts) {
        if (globChars.test(part)) break;
        staticParts.push(part);
      }
      const base = resolve(cwd, staticParts.join(sep) || '.');
      const found: string[] = [];
      walk(base, found, new Set());
      const pattern = isAbsolute(operand) ? operand : resolve(cwd, operand);
      const matched = found.filter((file) => minimatch(file, pattern, { dot: false }));
      if (matched.length === 0) missing.push(operand);
      matched.forEach((file) => files.add(file));
      continue;
    }
    const path = resolve(cwd, operand);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push(operand);
      continue;
    }
    if (stats.isDirectory()) {
      const found: string[] = [];
      walk(path, found, new Set());
      found.forEach((file) => files.add(file));
    } else files.add(path);
  }
  return { files: [...files].sort((a, b) => relative(cwd, a).localeCompare(relative(cwd, b))), missing };
}
