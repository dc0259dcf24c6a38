// The three engines the suite runs in, all from Debian's packages: Chromium, Firefox ESR
// and WebKitGTK. Nothing here downloads a browser. WebKit needs a display and a
// WebDriver server: both are started here on loopback and stopped by their own PID when
// the run ends.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.push(child);
  child.on('error', (error) => {
    console.error(`could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  return child;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

// Xvfb picks a free display itself and writes its number to the file descriptor given.
const startDisplay = () =>
  new Promise((resolve, reject) => {
    const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });

async function startWebKitDriver() {
  const display = await startDisplay();
  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {stdio: 'ignore', env: {...process.env, DISPLAY: display}});
  // Wait until it answers.
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      if (driver.exitCode != null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('WebKitWebDriver did not start');
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        // As root, Chromium needs --no-sandbox. The rest keep it off the (closed) network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true},
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation']},
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

/** The launchers named in BROWSERS (comma-separated; all three when unset). */
export async function browsersFromEnvironment(names = process.env.BROWSERS ?? 'chromium,firefox,webkit') {
  const wanted = names.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !(name in launchers));
  if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; choose from ${Object.keys(launchers).join(', ')}`);
  return Promise.all(wanted.map((name) => launchers[name]()));
}
