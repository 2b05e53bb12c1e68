// Runs one suite of bundled mocha tests and records its counts for the closing summary line.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const suite = process.argv[2];
if (!suite) {
  console.error('usage: node test/runMocha.mjs <suite> [grep]');
  process.exit(2);
}
const root = join('out', 'test', suite);
const files = [];
const collect = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) collect(full);
    else if (name.endsWith('.test.js')) files.push(full);
  }
};
try {
  collect(root);
} catch {
  console.error(`No compiled tests in ${root}; run "npm run build:tests" first.`);
  process.exit(2);
}

const mocha = new Mocha({ ui: 'tdd', timeout: Number(process.env.MOCHA_TIMEOUT ?? 20000), reporter: 'spec', grep: process.argv[3] });
files.sort().forEach((file) => mocha.addFile(file));
const runner = mocha.run((failures) => {
  const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
  mkdirSync(join('out', 'test-results'), { recursive: true });
  writeFileSync(join('out', 'test-results', `${suite}.json`), JSON.stringify({ suite, passed: stats.passes, failed: stats.failures, pending: stats.pending }));
  if (stats.pending > 0) console.error(`${stats.pending} pending test(s) in ${suite}: pending tests are not allowed.`);
  process.exitCode = failures > 0 || stats.pending > 0 ? 1 : 0;
});
