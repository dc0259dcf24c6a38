/** A story file larger than this is refused: no story needs it, and a page should not pay for it. */
export const MAX_STORY_BYTES = 4 * 1024 * 1024;

/** A failure to load `src`, worded for the partner who has to fix it. */
export class LoadError extends Error {}

export interface LoadedStory {
  /** Where the story ended up, after redirects: its relative URLs are relative to this. */
  url: string;
  text: string;
}

interface SharedRequest {
  promise: Promise<LoadedStory>;
  controller: AbortController;
  users: number;
}

// Cards on one page that ask for the same story share one request. It is aborted only
// when every card that wanted it has given up.
const inFlight = new Map<string, SharedRequest>();

/**
 * Fetches a story file's text: without cookies unless `withCredentials`, refusing a
 * body over {@link MAX_STORY_BYTES}, and explaining an HTTP error or a broken
 * connection as a {@link LoadError}. A network failure or CORS refusal rejects with the
 * browser's TypeError, which cannot tell the two apart.
 */
export function requestStory(url: string, withCredentials: boolean, signal: AbortSignal): Promise<LoadedStory> {
  const key = `${withCredentials}:${url}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = load(url, withCredentials, controller.signal).finally(() => {
      if (inFlight.get(key) == created) inFlight.delete(key);
    });
    const created: SharedRequest = {promise, controller, users: 0};
    inFlight.set(key, (shared = created));
  }
  const request = shared;
  request.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      if (--request.users == 0) {
        request.controller.abort();
        if (inFlight.get(key) == request) inFlight.delete(key);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, {once: true});
    request.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

async function load(url: string, withCredentials: boolean, signal: AbortSignal): Promise<LoadedStory> {
  const response = await fetch(url, {
    signal,
    // To another origin, "same-origin" sends no cookies either, and it is what a
    // <link rel="preload" as="fetch" crossorigin> of the story asks with: the card's
    // request then takes the preload over (README, "Load it fast"). The page's own
    // origin gets none without with-credentials; a host that only begins like the
    // page's ("news.example.evil") errs on that side too.
    credentials: withCredentials ? 'include' : url.startsWith(location.origin) ? 'omit' : 'same-origin',
    headers: {accept: 'application/json, application/ld+json, text/html;q=0.8'},
  });
  if (!response.ok) {
    const advice =
      response.status >= 500
        ? 'the server failed; try again later'
        : response.status == 404
          ? 'is the address right?'
          : 'the server refused it';
    throw new LoadError(`${url} answered ${response.status} ${response.statusText}`.trim() + `: ${advice}`);
  }
  try {
    return {url: response.url, text: await readText(response, url)};
  } catch (error) {
    if (error instanceof LoadError || signal.aborted) throw error;
    throw new LoadError(`${url} broke off before the whole story arrived: the connection failed; try again`);
  }
}

/** Reads a response body in its own encoding, refusing one larger than {@link MAX_STORY_BYTES} before it is all downloaded. */
async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = new LoadError(
    `${url} is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB: a story file must be smaller`
  );
  if (Number(response.headers.get('content-length')) > MAX_STORY_BYTES) throw tooLarge;
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length;
    if (size > MAX_STORY_BYTES) {
      reader!.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(chunk.value);
  }
  // Text that is valid UTF-8 is UTF-8, whatever a saved or re-encoded page still
  // declares; else a publisher's page in another encoding names it in its Content-Type or
  // in a <meta charset> near its start.
  const bytes = await new Blob(chunks).arrayBuffer();
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const charset =
      response.headers.get('content-type')?.match(/charset=["']?([\w-]+)/i)?.[1] ??
      new TextDecoder().decode(bytes.slice(0, 1024)).match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return new TextDecoder().decode(bytes); // A charset no browser knows.
    }
  }
}
