// A newsroom's collector for the card's beacon, on the test run's own loopback server
// (@web/test-runner's, started and stopped with the run).
//
//   POST /collector/RUN[?status=&delay=]   keeps the request's body and headers, answers as told
//   GET  /collector/RUN                    what RUN received, as a JSON list
const received = new Map();

export async function collector(context, next) {
  const match = context.path.match(/^\/collector\/([\w-]+)$/);
  if (!match) return next();
  const [, run] = match;
  if (context.method == 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const {status = '204', delay = '0'} = context.query;
    await new Promise((resolve) => setTimeout(resolve, Number(delay)));
    received.set(run, [
      ...(received.get(run) ?? []),
      {
        body: Buffer.concat(chunks).toString('utf8'),
        type: context.get('content-type') || undefined,
        cookie: context.get('cookie') || undefined,
        referer: context.get('referer') || undefined,
      },
    ]);
    context.status = Number(status);
    return;
  }
  context.set('cache-control', 'no-store');
  context.body = received.get(run) ?? [];
}
