// Long fuzz run: the unit fuzz suite with many more cases per property and a fresh seed.
// usage: npm run fuzz -- [runs] [seed]   (defaults: 300 runs per property, seed from the clock)
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '300';
const seed = process.argv[3] ?? process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} runs per property, seed ${seed}`);
const build = spawnSync('npm', ['run', 'build:tests'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['test/runMocha.mjs', 'unit', 'Fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, MOCHA_TIMEOUT: '0' },
});
if (run.status !== 0) console.error(`fuzz failed: replay with FUZZ_RUNS=${runs} FUZZ_SEED=${seed}; failing inputs are in out/fuzz-failures/`);
process.exit(run.status ?? 1);
