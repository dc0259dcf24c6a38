import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {browsersFromEnvironment} from './test/browsers.mjs';
import {fixtureResponses} from './test/fixture-server.mjs';
import {cmsPipelines} from './test/cms/pipelines.mjs';
import {corpusPages} from './test/corpus/serve-corpus.mjs';
import {renderedPages} from './test/ssr/serve-rendered.mjs';
import {buildEleventySite} from './test/eleventy/build-site.mjs';

// The partner site that renders cards at build time (test/ssr.test.ts opens its page).
await buildEleventySite();

export default {
  files: ['test/**/*.test.ts', '!test/reduced-motion/**'],
  nodeResolve: true,
  middleware: [fixtureResponses, cmsPipelines, corpusPages, renderedPages],
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  browsers: await browsersFromEnvironment(),
  // The same engines again, started with the reader's reduced-motion preference set.
  groups: [
    {
      name: 'reduced-motion',
      files: 'test/reduced-motion/*.test.ts',
      browsers: await browsersFromEnvironment({reducedMotion: true}),
    },
  ],
  // One test file at a time per browser: with more, the WebDriver launcher runs files in
  // iframes, where WebKit's driver cannot send keys.
  concurrency: 1,
  // Lit's development build runs in the tests for its extra checks; its banner is noise.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 5000}},
};
