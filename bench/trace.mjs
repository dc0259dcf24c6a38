// Chromium's own breakdown of a span of the bench page's main thread, read from a
// performance trace: the self time of each trace event, attributed to script, style,
// layout or paint by its own name or, for unnamed work, by the nearest named event
// around it (as DevTools' summary does), clipped to the span between two user-timing marks.
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'v8',
  'toplevel',
];

const KIND = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'v8.evaluateModule',
    'v8.compile',
    'v8.compileModule',
    'v8.produceCache',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'V8.Execute',
    'v8.run',
    'v8.callFunction',
    'MinorGC',
    'MajorGC',
    'BlinkGC.AtomicPhase',
    'ParseHTML',
    'ResizeObserver',
    'IntersectionObserverController::computeIntersections',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'IntersectionObserver'],
  paint: [
    'PrePaint',
    'Paint',
    'Layerize',
    'UpdateLayer',
    'UpdateLayerTree',
    'CompositeLayers',
    'Commit',
    'PaintImage',
    'Decode Image',
    'ImageDecodeTask',
  ],
};
const kindOf = new Map(Object.entries(KIND).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/** `{script, style, layout, paint, other}` in ms over the span between the marks `start` and `end`. */
export function breakdown(events, start, end) {
  const startMark = events.find((event) => event.name == start && event.cat.includes('blink.user_timing'));
  const endMark = events.findLast((event) => event.name == end && event.cat.includes('blink.user_timing'));
  if (!startMark || !endMark) throw new Error(`trace: the marks ${start} and ${end} are missing`);
  const {pid, tid} = startMark;
  const from = startMark.ts;
  const to = endMark.ts;

  // Complete events of the page's main thread; begin/end pairs joined into complete ones.
  const open = [];
  const spans = [];
  for (const event of events) {
    if (event.pid != pid || event.tid != tid) continue;
    if (event.ph == 'X' && event.dur) spans.push({name: event.name, ts: event.ts, end: event.ts + event.dur});
    else if (event.ph == 'B') open.push(event);
    else if (event.ph == 'E') {
      const begin = open.findLastIndex((candidate) => candidate.name == event.name || !event.name);
      if (begin >= 0) {
        spans.push({name: open[begin].name, ts: open[begin].ts, end: event.ts});
        open.splice(begin, 1);
      }
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);

  const totals = {script: 0, style: 0, layout: 0, paint: 0, other: 0};
  const overlap = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  // Each span's self time is its length inside the span of interest, less its children's.
  const stack = [];
  const close = (span) => (totals[span.kind] += (overlap(span.ts, span.end) - span.childTime) / 1000);
  for (const span of spans) {
    while (stack.length && stack.at(-1).end <= span.ts) close(stack.pop());
    const parent = stack.at(-1);
    if (parent && span.end > parent.end) span.end = parent.end; // Clock jitter: keep children inside.
    span.kind = kindOf.get(span.name) ?? parent?.kind ?? 'other';
    span.childTime = 0;
    if (parent) parent.childTime += overlap(span.ts, span.end);
    stack.push(span);
  }
  while (stack.length) close(stack.pop());
  return totals;
}
