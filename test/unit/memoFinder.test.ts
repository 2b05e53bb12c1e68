import * as assert from 'node:assert/strict';
import { findsNothing, nothingFinder } from '../../server/src/language/perf/memo';

suite('nothingFinder', () => {
  test('shares what findsNothing remembers under the same kind, and searches each text once', () => {
    let searched = 0;
    const search = (value: string) => (searched++, value.includes('代表'));
    const kind = 'test/nothingFinder/代表';
    const finder = nothingFinder(kind, search);
    assert.equal(finder('お問い合わせ窓口'), true);
    assert.equal(finder('代表取締役 山田太郎'), false);
    assert.equal(finder('お問い合わせ窓口'), true);
    assert.equal(searched, 2);
    // findsNothing with the same kind finds the remembered answers instead of searching again.
    assert.equal(findsNothing(kind, '代表取締役 山田太郎', search), false);
    assert.equal(searched, 2);
    // A different kind is a different search.
    assert.equal(nothingFinder(`${kind}/other`, (value) => value.includes('窓口'))('お問い合わせ窓口'), false);
  });
});
