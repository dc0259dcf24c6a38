import type {ReactiveController, ReactiveElement} from 'lit';

// One observer for every card on the page: a page of a hundred cards pays for one.
const callbacks = new WeakMap<Element, (element: HTMLElement) => void>();
let shared: ResizeObserver | undefined;
const observer = () =>
  (shared ??= new ResizeObserver((entries) =>
    entries.forEach((entry) => callbacks.get(entry.target)?.(entry.target as HTMLElement))
  ));

/**
 * Calls back whenever an element of the host's shadow root that matches `selector`
 * changes size, including when it is first laid out: after being rendered inside a
 * hidden container (`display: none`, a closed `<details>`, an inactive tab panel) that
 * is only the moment it gets a size at all.
 */
export class ResizeController implements ReactiveController {
  private readonly _observed = new Set<Element>();

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _selector: string,
    private readonly _onResize: (element: HTMLElement) => void
  ) {
    _host.addController(this);
  }

  hostConnected() {
    if (this._host.hasUpdated) this.hostUpdated();
  }

  // Lit also updates a card that is off the page; it is observed again when it returns.
  hostUpdated() {
    if (!this._host.isConnected) return;
    const current = new Set(this._host.renderRoot.querySelectorAll(this._selector));
    for (const element of this._observed) {
      if (!current.has(element)) this._unobserve(element);
    }
    for (const element of current) {
      if (!this._observed.has(element)) {
        callbacks.set(element, this._onResize);
        observer().observe(element);
        this._observed.add(element);
      }
    }
  }

  hostDisconnected() {
    this._observed.forEach((element) => this._unobserve(element));
  }

  private _unobserve(element: Element) {
    observer().unobserve(element);
    callbacks.delete(element);
    this._observed.delete(element);
  }
}
