/**
 * Calls `callback` once the page's HTML has been parsed: at DOMContentLoaded while the
 * parser is still at work, else in a microtask (after the script that connected a card
 * has had its turn to give it a story, and with no timer left behind).
 */
export const afterParsing = (callback: () => void) =>
  document.readyState == 'loading'
    ? document.addEventListener('DOMContentLoaded', callback, {once: true})
    : queueMicrotask(callback);
