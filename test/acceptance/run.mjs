// Checks the real seed policies in ../shared/seeds against the findings the issues name
// (test/acceptance/expected/*.json). Without the shared folder it says so and checks nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const seeds = resolve(process.env.POLICYMD_SHARED ?? resolve('..', 'shared'), 'seeds');
if (!existsSync(seeds)) {
  console.log(`acceptance: NOT RUN — ${seeds} does not exist, so the seed policies could not be checked.`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['test/runMocha.mjs', 'acceptance'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
