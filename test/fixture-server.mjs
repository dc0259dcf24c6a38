// Story responses of every kind a partner's server can give, from the test run's own
// loopback server (@web/test-runner's, started and stopped with the run). Reached as
// 127.0.0.1 from a page on localhost, it is also another origin.
//
//   /fixture?body=&status=&type=&delay=&cors=   answers as told
//   /fixture?fault=reset                        closes the connection without an answer
//   /fixture?fault=reset-mid-body               sends headers and half a story, then resets
//   /fixture?fault=hang                         sends headers and a little, then nothing (for
//                                               30 s, when it gives up so that no run is held)
//   /fixture?fault=huge                         a valid 10 MB story, without Content-Length
//   /fixture?fault=redirect&to=URL              302 to URL
//   /fixture?fault=cookie                       a story whose headline says whether a cookie came
import {PassThrough} from 'node:stream';

// The page the strict-CSP test frames (test/pages/strict-csp.html) is served under the
// policy a strict partner page sets.
const STRICT_CSP = "script-src 'self'; style-src 'self'; img-src *; require-trusted-types-for 'script'";

export async function fixtureResponses(context, next) {
  if (context.path == '/test/pages/strict-csp.html') {
    await next();
    // ?trusted-types=… names the policies the page allows, as a stricter partner does.
    const allowed = context.query['trusted-types'];
    context.set('Content-Security-Policy', allowed ? `${STRICT_CSP}; trusted-types ${allowed}` : STRICT_CSP);
    return;
  }
  if (context.path != '/fixture') return next();
  const {status = '200', type = 'application/json', delay = '0', body = '', cors, fault, to} = context.query;
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  if (cors) context.set('Access-Control-Allow-Origin', '*');
  context.type = type;
  switch (fault) {
    case 'reset':
      context.req.socket.destroy();
      return;
    case 'reset-mid-body': {
      const stream = new PassThrough();
      context.body = stream;
      stream.write('{"headline": "Half a sto');
      setTimeout(() => context.req.socket.destroy(), 100);
      return;
    }
    case 'hang': {
      const stream = new PassThrough();
      context.body = stream;
      stream.write('{"headline": ');
      setTimeout(() => stream.destroy(), 30_000).unref();
      return;
    }
    case 'huge': {
      const stream = new PassThrough();
      context.body = stream;
      const paragraph = JSON.stringify('x'.repeat(1024 * 1024));
      stream.write('{"headline": "Huge", "body": [');
      for (let i = 0; i < 10; i++) stream.write(`${i ? ',' : ''}${paragraph}`);
      stream.end(']}');
      return;
    }
    case 'redirect':
      context.redirect(to);
      return;
    case 'cookie':
      context.body = JSON.stringify({
        headline: context.get('cookie').includes('story-card-test=1') ? 'With cookie' : 'Without cookie',
      });
      return;
  }
  context.status = Number(status);
  context.body = body;
}
