// A newcomer without the browsers is told which packages to install before anything runs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const SCRIPT = fileURLToPath(new URL('../check-machine.mjs', import.meta.url));

function check(env) {
  // A PATH that holds only node: no Xvfb, no WebKitWebDriver, no php.
  const bin = mkdtempSync(join(tmpdir(), 'story-card-bin-'));
  try {
    symlinkSync(process.execPath, join(bin, 'node'));
    return spawnSync(join(bin, 'node'), [SCRIPT], {env: {PATH: bin, ...env}, encoding: 'utf8'});
  } finally {
    rmSync(bin, {recursive: true, force: true});
  }
}

test('a machine without the browsers is told the Debian packages to install', () => {
  const {status, stderr} = check({CHROME_PATH: '/nowhere/chromium', FIREFOX_PATH: '/nowhere/firefox'});
  assert.equal(status, 1);
  assert.match(stderr, /Install them with: sudo apt-get install chromium firefox-esr webkit2gtk-driver xvfb php-cli\n/);
  assert.match(stderr, /Xvfb, the virtual display WebKit runs in \(Debian package xvfb\)/);
});

test('only the engines BROWSERS names are asked for', () => {
  const {stderr} = check({BROWSERS: 'chromium', CHROME_PATH: '/nowhere/chromium'});
  assert.match(stderr, /sudo apt-get install chromium php-cli\n/);
});
