// `npm run test:electron`: the end-to-end scenarios as in-extension-host tests in desktop
// VS Code, through @vscode/test-electron. Not part of CI here: these machines cannot
// download VS Code, so without VSCODE_EXECUTABLE the download is tried once and, when it
// fails, this says so and exits with code 3 (distinct from 1, "tests failed").
//
// Env: VSCODE_EXECUTABLE        a VS Code (or Code OSS) executable to test in; skips the download
//      VSCODE_VERSION           version to download (default: stable)
//      POLICYMD_SHARED          the shared folder holding seeds/ (default ../shared)
//      POLICYMD_DOWNLOAD_TIMEOUT_MS  give up on an unreachable download after this long (default 30000)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const EXIT_NO_VSCODE = 3;
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
process.chdir(root);

async function vscodeExecutable() {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!existsSync(given)) {
      console.error(`test:electron: VSCODE_EXECUTABLE=${given} does not exist.`);
      process.exit(EXIT_NO_VSCODE);
    }
    return given;
  }
  const version = process.env.VSCODE_VERSION ?? 'stable';
  const timeoutMs = Number(process.env.POLICYMD_DOWNLOAD_TIMEOUT_MS ?? 30000);
  let timer;
  try {
    return await Promise.race([
      downloadAndUnzipVSCode({ version, timeout: timeoutMs }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      `test:electron: cannot download VS Code (${version}): ${reason}.\n` +
        'This machine cannot reach the VS Code download servers; set VSCODE_EXECUTABLE to a VS Code executable ' +
        'to run these tests here (the browser end-to-end tests, npm run test:e2e, cover the same scenarios in code-server).',
    );
    process.exit(EXIT_NO_VSCODE);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const executable = await vscodeExecutable();

  // The extension under test is this folder (dist/ from the normal build); the tests are
  // bundled for the extension host, where `vscode` is provided.
  await esbuild.build({
    entryPoints: { index: 'test/electron/index.electron.ts', scenarios: 'test/electron/scenarios.electron.ts', workspace: 'test/electron/workspace.ts' },
    outdir: 'out/test/electron-host',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });

  const parent = mkdtempSync(join(tmpdir(), 'policymd-electron-'));
  const workspace = join(parent, 'policies');
  try {
    const { writeWorkspace } = await import(resolve('out/test/electron-host/workspace.js'));
    writeWorkspace(workspace, resolve(process.env.POLICYMD_SHARED ?? join(root, '..', 'shared'), 'seeds'));
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: resolve('out/test/electron-host/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${join(parent, 'user-data')}`],
      extensionTestsEnv: { POLICYMD_ROOT: root, POLICYMD_ELECTRON_WORKSPACE: workspace },
    });
  } catch (error) {
    console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

await main();
