// The three engines the suite runs in, all from Debian's packages: Chromium, Firefox ESR
// and WebKitGTK. Nothing here downloads a browser. WebKit needs a display and a
// WebDriver server: both are started here on loopback and stopped by their own PID when
// the run ends.
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {CHROME_PATH, CHROMIUM_ARGS, FIREFOX_PATH, MINIBROWSER_PATH} from './browser-paths.mjs';

const children = [];
const temporary = [];
process.on('exit', () => {
  children.forEach((child) => child.kill());
  temporary.forEach((dir) => rmSync(dir, {recursive: true, force: true}));
});
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
    const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });

/**
 * WebKitGTK answers prefers-reduced-motion from GTK's gtk-enable-animations setting, which
 * GTK reads from $XDG_CONFIG_HOME/gtk-3.0/settings.ini: a settings file of the run's own
 * turns animations off for that browser alone.
 */
function gtkWithoutAnimations() {
  const home = mkdtempSync(join(tmpdir(), 'story-card-gtk-'));
  temporary.push(home);
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  return {XDG_CONFIG_HOME: home};
}

async function startWebKitDriver(reducedMotion) {
  const display = await startDisplay();
  const port = await freePort();
  const env = {...process.env, DISPLAY: display, ...(reducedMotion ? gtkWithoutAnimations() : {})};
  const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {stdio: 'ignore', env});
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

// With reducedMotion, each browser is started asking for reduced motion the way a
// reader's system setting would: a Chromium switch, a Firefox preference, a GTK setting.
const launchers = {
  chromium: (reducedMotion) =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS, ...(reducedMotion ? ['--force-prefers-reduced-motion'] : [])],
      },
    }),
  firefox: (reducedMotion) =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        ...(reducedMotion ? {extraPrefsFirefox: {'ui.prefersReducedMotion': 1}} : {}),
      },
    }),
  webkit: async (reducedMotion) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(reducedMotion),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER_PATH,
          args: ['--automation'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

/** The launchers named in BROWSERS (comma-separated; all three when unset); with `reducedMotion`, browsers that ask for reduced motion. */
export async function browsersFromEnvironment({
  reducedMotion = false,
  names = process.env.BROWSERS ?? 'chromium,firefox,webkit',
} = {}) {
  const wanted = names
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !(name in launchers));
  if (unknown.length)
    throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; choose from ${Object.keys(launchers).join(', ')}`);
  return Promise.all(wanted.map((name) => launchers[name](reducedMotion)));
}
