import type {ReactiveController, ReactiveElement} from 'lit';

/** What the controller reads of the card. */
interface ThemedHost extends ReactiveElement {
  theme?: string;
}

// Every card on the page is read in one go, after the script that connected them (one
// style recalculation for a page of cards, not one each), and again whenever an
// attribute changes on the page: a dark-mode toggle sets a class or an attribute on
// <html>, <body> or a section, or turns a stylesheet on.
const connected = new Set<PageSchemeController>();
let observer: MutationObserver | undefined;
let readQueued = false;

function readAll() {
  readQueued = false;
  for (const controller of connected) controller.read();
}

function queueRead() {
  if (!readQueued) queueMicrotask(readAll);
  readQueued = true;
}

/**
 * Whether a card of theme "auto" (the default) follows the reader's colour scheme. The
 * card inherits the page's `color-scheme`, so a dark page, a dark section or a page's
 * own dark-mode class makes a dark card; only where nothing above the card declares one
 * (the computed value it inherits is `normal`) does it follow the reader's preference.
 */
export class PageSchemeController implements ReactiveController {
  /** Nothing above the card sets a colour scheme: the card takes the reader's. */
  followsReader = false;

  constructor(private readonly _host: ThemedHost) {
    _host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(queueRead);
      observer.observe(document.documentElement, {attributes: true, subtree: true});
    }
    queueRead();
  }

  hostDisconnected() {
    connected.delete(this);
    // The last card to leave the page takes the observer with it.
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Reads the scheme the card inherits; a change shows at the next update. */
  read() {
    const host = this._host;
    // A card's own theme sets its scheme: it is the inherited one only for "auto".
    const followsReader =
      host.theme != 'light' && host.theme != 'dark' && getComputedStyle(host).colorScheme == 'normal';
    if (followsReader != this.followsReader) {
      this.followsReader = followsReader;
      host.requestUpdate();
    }
  }
}
