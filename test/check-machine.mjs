// What `npm test` needs from the machine, checked before anything runs: the browsers
// BROWSERS names (all three by default), WebKit's display, and PHP for the CMS tests.
// A newcomer is told which Debian packages to install, not `spawn Xvfb ENOENT` later.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH} from './browser-paths.mjs';

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const isFile = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What each engine needs: a check, what it is called, and the Debian package that brings it. */
const NEEDS = {
  chromium: [[() => isFile(CHROME_PATH), 'Chromium (or CHROME_PATH)', 'chromium']],
  firefox: [[() => isFile(FIREFOX_PATH), 'Firefox ESR (or FIREFOX_PATH)', 'firefox-esr']],
  webkit: [
    [() => onPath('WebKitWebDriver'), 'WebKitWebDriver', 'webkit2gtk-driver'],
    [() => isFile(MINIBROWSER_PATH), 'WebKitGTK MiniBrowser', 'webkit2gtk-driver'],
    [() => onPath('Xvfb'), 'Xvfb, the virtual display WebKit runs in', 'xvfb'],
  ],
};
const CMS = [[() => onPath('php'), 'php, for the WordPress pipeline tests', 'php-cli']];

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const missing = [...engines.flatMap((name) => NEEDS[name] ?? []), ...CMS].filter(([present]) => !present());
if (missing.length) {
  const packages = [...new Set(missing.map(([, , pkg]) => pkg))];
  console.error(
    `npm test needs what this machine lacks:\n${missing.map(([, what, pkg]) => `  - ${what} (Debian package ${pkg})`).join('\n')}\n` +
      `Install them with: sudo apt-get install ${packages.join(' ')}\n` +
      `(BROWSERS=chromium npm test runs one engine; README, first section.)`
  );
  process.exit(1);
}
