import { accessSync, chownSync, constants, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError, fail } from './errors';

/** Larger documents take remark tens of seconds and gigabytes (DESIGN §7); no real policy comes near. */
export const maxFileBytes = 20 * 1024 * 1024;

export interface PolicyFile {
  /** The text without a leading byte order mark, as the engine and editors count columns. */
  readonly text: string;
  /** Whether the file started with a UTF-8 byte order mark, so that `fix` can keep it. */
  readonly bom: boolean;
}

/** Reads a policy as strict UTF-8; anything else is a one-line error rather than a garbled check. */
export function readPolicy(path: string): PolicyFile {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    fail(describeFsError(path, error));
  }
  if (stats.isDirectory()) fail(`${path} is a directory, not a file`);
  // Reading a FIFO or a device would block or never end.
  if (!stats.isFile()) fail(`${path} is not a regular file`);
  if (stats.size > maxFileBytes) fail(`${path} is larger than the ${maxFileBytes / 1024 / 1024} MB limit (${(stats.size / 1024 / 1024).toFixed(1)} MB)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(describeFsError(path, error));
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) fail(`${path} is UTF-16; save it as UTF-8`);
  if (bytes.includes(0)) fail(`${path} looks like a binary file, not a policy`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`${path} is not valid UTF-8 (save it as UTF-8)`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/**
 * Replaces a file's contents all at once: the new text goes to a temporary file beside the target and
 * is renamed over it, so an error or a crash leaves either the old file or the new one, never half.
 * A symlink is followed, so the link stays a link; mode and owner are kept where we may.
 */
export function writeFileAtomic(path: string, text: string): void {
  let target = path;
  let stats: { mode: number; uid: number; gid: number } | undefined;
  try {
    target = realpathSync(path);
    stats = statSync(target);
  } catch (error) {
    // A new file (an HTML page being rendered) is created with the default mode.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(describeFsError(path, error));
  }
  if (stats) {
    // Renaming over a file needs only a writable directory; a read-only file must stay untouched.
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      fail(describeFsError(path, error));
    }
    if ((stats.mode & 0o222) === 0) fail(`${path} is read-only; nothing written`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.policymd-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', stats ? stats.mode & 0o7777 : 0o666);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (stats) {
      try {
        chownSync(temporary, stats.uid, stats.gid);
      } catch {
        // Only root may give a file away; an ordinary user's file is theirs already.
      }
    }
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already closed or never opened; the unlink below is what matters.
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    fail(describeFsError(path, error));
  }
}
