import * as assert from 'node:assert/strict';
import { RestartPolicy, restartMessage } from '../../client/src/restartPolicy';

suite('Client restart policy', () => {
  test('Restarts a crashed server up to the limit, then gives up with a message naming the way back', () => {
    let now = 0;
    const policy = new RestartPolicy({ maxRestarts: 3, windowMs: 60_000, now: () => now });
    const decisions = [1, 2, 3, 4].map(() => {
      now += 1000;
      return policy.onClosed();
    });
    assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, false]);
    assert.deepEqual(decisions[2], { restart: true, attempt: 3, maxRestarts: 3 });
    assert.deepEqual(decisions[3], { restart: false, crashes: 4, windowMinutes: 1 });
    assert.ok(policy.gaveUp);
    assert.match(restartMessage(decisions[3], 'en'), /stopped 4 times in 1 minutes.*Restart Server/);
    assert.match(restartMessage(decisions[3], 'ja'), /1 分間に 4 回停止.*サーバーを再起動/);
    assert.match(restartMessage(decisions[0], 'en'), /attempt 1 of 3/);
    assert.match(restartMessage(decisions[0], 'ja-JP'), /1\/3 回目/);
  });

  test('Crashes older than the window are forgotten, so rare crashes are always restarted', () => {
    let now = 0;
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 20; i++) {
      now += 6000;
      assert.equal(policy.onClosed().restart, true, `crash ${i + 1}, 6 s after the previous one`);
    }
    assert.equal(policy.gaveUp, false);
  });

  test('A restart the writer asks for starts a clean record', () => {
    let now = 0;
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: 60_000, now: () => now });
    policy.onClosed();
    assert.equal(policy.onClosed().restart, false);
    policy.reset();
    assert.equal(policy.gaveUp, false);
    now += 1;
    assert.deepEqual(policy.onClosed(), { restart: true, attempt: 1, maxRestarts: 1 });
  });

  test('The defaults allow a few restarts within three minutes', () => {
    const policy = new RestartPolicy({ now: () => 0 });
    const results = Array.from({ length: 5 }, () => policy.onClosed().restart);
    assert.deepEqual(results, [true, true, true, true, false]);
  });
});
