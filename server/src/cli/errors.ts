/** A problem with the command line, the configuration or a file: reported in one line, exit code 2. */
export class UsageError extends Error {}

export function fail(message: string): never {
  throw new UsageError(message);
}

/** A one-line reason for a failed file-system call, without Node's stack or syscall noise. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'ELOOP':
      return `${path}: too many levels of symbolic links (a symlink loop?)`;
    case 'EISDIR':
      return `${path} is a directory, not a file`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a directory`;
    default:
      return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The one-line report of a file that could not be checked. An engine bug is reported against its
 * file, so that one odd document does not hide the results of all the others.
 */
export function describeFileFailure(path: string, error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (process.env.POLICYMD_DEBUG) console.error(error);
  const reason = error instanceof Error ? error.message : String(error);
  return `${path}: internal error: ${reason} (please report it; POLICYMD_DEBUG=1 prints the stack)`;
}
