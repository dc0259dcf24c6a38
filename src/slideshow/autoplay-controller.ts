import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {AUTOPLAY_INTERVAL} from '../defaults.js';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Why rotation is held for now; each ends by itself (the pointer leaves, the tab shows…). */
type PauseReason = 'hover' | 'focus' | 'hidden' | 'offscreen';

/**
 * Automatic rotation as the WAI-ARIA carousel pattern asks for it. Rotation is on only
 * when asked for and never under reduced motion unless the user starts it. It pauses
 * while the pointer is over the card, while focus is in it, while the card is off
 * screen and while the tab is hidden; `stop()` (any navigation by the user) ends it
 * until the user starts it again.
 */
export class AutoplayController implements ReactiveController {
  /** Whether rotation is switched on: what the rotation button shows. */
  playing = false;
  interval = AUTOPLAY_INTERVAL;

  private readonly _pausedBy = new Set<PauseReason>();
  private _timer?: ReturnType<typeof setTimeout>;
  private _enabled = false;
  private _connected = false;
  // Watching what pauses rotation costs every card observers and listeners, so only a
  // card with autoplay, on the page, has them.
  private _watching?: {visibility: IntersectionObserver; reducedMotion: MediaQueryList};

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _advance: () => void
  ) {
    _host.addController(this);
  }

  /** Whether photos change by themselves right now. */
  get rotating(): boolean {
    return this.playing && !this._pausedBy.size;
  }

  /** Follows the autoplay attribute. Reduced motion keeps rotation off until the user starts it. */
  enable(enabled: boolean) {
    if (enabled == this._enabled) return;
    this._enabled = enabled;
    this.playing = enabled && !matchMedia(REDUCED_MOTION).matches;
    this._watch(enabled && this._connected);
  }

  /** The user starts rotation: it overrides the pause their own pointer and focus caused. */
  start() {
    this.playing = true;
    this._pausedBy.delete('hover');
    this._pausedBy.delete('focus');
    this._host.requestUpdate();
  }

  /** The user stops rotation, or navigated by themselves: it stays off until `start()`. */
  stop() {
    if (!this.playing) return;
    this.playing = false;
    this._host.requestUpdate();
  }

  hostConnected() {
    this._connected = true;
    this._watch(this._enabled);
  }

  hostDisconnected() {
    this._connected = false;
    this._watch(false);
    this._pausedBy.clear();
    this._clearTimer();
  }

  private _watch(on: boolean) {
    if (on == !!this._watching) return;
    const host = this._host;
    const method = on ? 'addEventListener' : 'removeEventListener';
    host[method]('pointerenter', this._onPointerEnter);
    host[method]('pointerleave', this._onPointerLeave);
    host[method]('focusin', this._onFocusIn);
    host[method]('focusout', this._onFocusOut);
    document[method]('visibilitychange', this._onVisibilityChange);
    if (on) {
      this._watching = {
        visibility: new IntersectionObserver(([entry]) => this._pause('offscreen', !entry.isIntersecting)),
        reducedMotion: matchMedia(REDUCED_MOTION),
      };
      this._watching.visibility.observe(host);
      this._watching.reducedMotion.addEventListener('change', this._onReducedMotionChange);
      this._onVisibilityChange();
    } else {
      this._watching!.visibility.disconnect();
      this._watching!.reducedMotion.removeEventListener('change', this._onReducedMotionChange);
      this._watching = undefined;
    }
  }

  // The next change is scheduled after each update, so that it always counts from the
  // photo now shown, and a pause or a stop cancels it. Lit also updates a card that has
  // left the page: that must not start it rotating again.
  hostUpdated() {
    if (!this.rotating || !this._connected) this._clearTimer();
    else
      this._timer ??= setTimeout(() => {
        this._timer = undefined;
        this._advance();
      }, this.interval);
  }

  private _clearTimer() {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  private _pause(reason: PauseReason, paused: boolean) {
    if (paused == this._pausedBy.has(reason)) return;
    if (paused) this._pausedBy.add(reason);
    else this._pausedBy.delete(reason);
    this._host.requestUpdate();
  }

  private readonly _onPointerEnter = () => this._pause('hover', true);
  private readonly _onPointerLeave = () => this._pause('hover', false);
  private readonly _onFocusIn = () => this._pause('focus', true);
  private readonly _onFocusOut = () => this._pause('focus', false);
  private readonly _onVisibilityChange = () => this._pause('hidden', document.visibilityState == 'hidden');
  private readonly _onReducedMotionChange = (event: MediaQueryListEvent) => event.matches && this.stop();
}
