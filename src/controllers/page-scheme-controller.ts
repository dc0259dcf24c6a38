import type {ReactiveController, ReactiveElement} from 'lit';

// A card is read when it connects (its own styles only are recalculated then: its
// shadow root is not rendered yet), and every card again whenever an attribute changes
// on the page: a dark-mode toggle sets a class or an attribute on <html>, <body> or a
// section.
const connected = new Set<PageSchemeController>();
let observer: MutationObserver | undefined;
const readAll = () => connected.forEach((controller) => controller.read());

/**
 * Whether a card of theme "auto" (the default) follows the reader's colour scheme. The
 * card inherits the page's `color-scheme`, so a dark page, a dark section or a page's
 * own dark-mode class makes a dark card; only where nothing above the card declares one
 * (the computed value it inherits is `normal`) does it follow the reader's preference.
 */
export class PageSchemeController implements ReactiveController {
  /** Nothing above the card sets a colour scheme: the card takes the reader's. */
  followsReader = false;

  constructor(private readonly _host: ReactiveElement) {
    _host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    // Observing what is observed already only restates the options.
    observer ??= new MutationObserver(readAll);
    observer.observe(document.documentElement, {attributes: true, subtree: true});
    this.read();
  }

  hostDisconnected() {
    connected.delete(this);
    // The last card to leave the page takes the observer with it.
    if (!connected.size) observer!.disconnect();
  }

  /** Reads the scheme the card inherits; a change shows at the next update. */
  read() {
    // theme="light" or "dark" sets the card's own scheme, never `normal`; changing the
    // attribute changes the page, and the card is read again.
    const followsReader = getComputedStyle(this._host).colorScheme == 'normal';
    if (followsReader != this.followsReader) {
      this.followsReader = followsReader;
      this._host.requestUpdate();
    }
  }
}
