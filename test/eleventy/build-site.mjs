// Builds the Eleventy site of test/eleventy/ into test/eleventy/_site/, as its partner
// would with `npx @11ty/eleventy`; called by web-test-runner.config.mjs before the tests.
import Eleventy from '@11ty/eleventy';
import {fileURLToPath} from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function buildEleventySite() {
  const site = new Eleventy(here('./site/'), here('./_site/'), {
    configPath: here('./eleventy.config.mjs'),
    quietMode: true,
  });
  await site.write();
}
