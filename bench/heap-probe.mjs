// Preloaded into the benchmarked server (node --import): samples the V8 heap while the server runs and
// writes the figures to $POLICYMD_BENCH_HEAP on SIGUSR2. Samples are taken between tasks, so a peak
// inside one long synchronous analysis shows as the heap V8 kept afterwards (heapTotal), not exactly.
import { writeFileSync } from 'node:fs';

let heapUsedMax = 0;
let heapTotalMax = 0;
function sample() {
  const { heapUsed, heapTotal } = process.memoryUsage();
  heapUsedMax = Math.max(heapUsedMax, heapUsed);
  heapTotalMax = Math.max(heapTotalMax, heapTotal);
}
function tick() {
  sample();
  setTimeout(tick, 20).unref();
}
tick();
process.on('SIGUSR2', () => {
  sample();
  const mb = (bytes) => bytes / 1048576;
  const out = process.env.POLICYMD_BENCH_HEAP?.replace('PID', String(process.pid));
  if (out) writeFileSync(out, JSON.stringify({ heapUsedMB: mb(process.memoryUsage().heapUsed), heapUsedMaxMB: mb(heapUsedMax), heapTotalMaxMB: mb(heapTotalMax) }));
});
