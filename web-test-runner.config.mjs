import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

// Debian's Chromium; nothing here downloads a browser.
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    // As root, Chromium needs --no-sandbox. The rest keep it off the (closed) network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
});

// Answers /fixture?status=&type=&delay=&body= as told, so element tests can meet slow,
// failing and wrong-typed responses from the test run's own loopback server.
async function fixtureResponses(context, next) {
  if (context.path != '/fixture') return next();
  const {status = '200', type = 'application/json', delay = '0', body = ''} = context.query;
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  context.status = Number(status);
  context.type = type;
  context.body = body;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [fixtureResponses],
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  browsers: [chromium],
  concurrency: 2,
  // Lit's development build runs in the tests for its extra checks; its banner is noise.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 5000}},
};
