// Entry point @vscode/test-electron loads inside the extension host: runs the scenarios with mocha.
import Mocha from 'mocha';
import * as path from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: true });
  mocha.addFile(path.join(__dirname, 'scenarios.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} desktop scenario(s) failed`)) : resolve()));
  });
}
