import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {browsersFromEnvironment} from './test/browsers.mjs';

// Answers /fixture?status=&type=&delay=&body=&cors= as told, so element tests can meet
// slow, failing, wrong-typed and cross-origin responses from the test run's own loopback
// server (reached as 127.0.0.1 from a page on localhost, it is another origin).
async function fixtureResponses(context, next) {
  if (context.path != '/fixture') return next();
  const {status = '200', type = 'application/json', delay = '0', body = '', cors} = context.query;
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  if (cors) context.set('Access-Control-Allow-Origin', '*');
  context.status = Number(status);
  context.type = type;
  context.body = body;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [fixtureResponses],
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  browsers: await browsersFromEnvironment(),
  // One test file at a time per browser: with more, the WebDriver launcher runs files in
  // iframes, where WebKit's driver cannot send keys.
  concurrency: 1,
  // Lit's development build runs in the tests for its extra checks; its banner is noise.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 5000}},
};
