// Where the run finds Debian's browsers, and how Chromium is started here: one place for
// the suite (test/browsers.mjs), the machine check (test/check-machine.mjs) and the bench.

/** Chromium's executable: CHROME_PATH, or Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Firefox's executable: FIREFOX_PATH, or Debian's ESR. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The WebKitGTK browser that WebKitWebDriver drives (package webkit2gtk-driver). */
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Chromium's switches for this machine: as root it needs --no-sandbox; the rest keep it
 * off the (closed) network, whose refused connections it would otherwise retry.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
