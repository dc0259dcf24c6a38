// Serves the corpus's saved pages (test/corpus/install-corpus.sh puts them in
// node_modules/.cache/corpus) at /corpus/…, as a publisher's server would serve its
// article page to a partner's card: HTML that names its own encoding, open to other
// origins (CORS).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {resolve, sep} from 'node:path';

const ROOT = fileURLToPath(new URL('../../node_modules/.cache/corpus/', import.meta.url));

export async function corpusPages(context, next) {
  if (!context.path.startsWith('/corpus/')) return next();
  const file = resolve(ROOT, decodeURIComponent(context.path.slice('/corpus/'.length)));
  if (!file.startsWith(ROOT.replace(/[/\\]$/, '') + sep)) return next();
  try {
    context.body = await readFile(file);
  } catch {
    context.status = 404;
    context.body = `${context.path}: not in the corpus; run bash test/corpus/install-corpus.sh`;
    return;
  }
  context.set('Content-Type', 'text/html');
  context.set('Access-Control-Allow-Origin', '*');
}
