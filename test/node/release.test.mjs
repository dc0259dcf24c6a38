// What a partner pastes must load exactly the file this package builds: the README's,
// the demo's and the builder's script tags name this version's URL on the CDN and carry
// the built file's sha384, which `npm run build` writes there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const {version} = JSON.parse(read('package.json'));
const hash = `sha384-${createHash('sha384')
  .update(readFileSync(new URL('../../dist/story-card.js', import.meta.url)))
  .digest('base64')}`;

for (const page of ['README.md', 'demo/index.html', 'demo/builder.js']) {
  test(`${page} loads this version's bundle with its integrity hash`, () => {
    const tags = [...read(page).matchAll(/src="([^"]*story-card\.js)" integrity="([^"]*)" crossorigin="anonymous"/g)];
    assert.ok(tags.length > 0, `${page} has no script tag with integrity`);
    for (const [, url, integrity] of tags) {
      assert.equal(url, `https://cdn.jsdelivr.net/npm/story-card@${version}/dist/story-card.js`);
      assert.equal(integrity, hash, `${page}: the hash is not the built file's; run npm run build`);
    }
  });
}
