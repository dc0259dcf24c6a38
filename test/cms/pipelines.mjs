// What real content pipelines do to an embed an editor pastes, run in Node with the
// pipelines' own code: WordPress's formatting functions (PHP, from Debian's package),
// sanitize-html, js-xss and markdown-it. DOMPurify runs in the browser, where it is used
// (test/cms.test.ts). Served to the browser suite as POST /cms?pipeline=NAME.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import sanitizeHtml from 'sanitize-html';
import xss from 'xss';
import MarkdownIt from 'markdown-it';

/** Where test/cms/install-wordpress.sh unpacks Debian's wordpress package. */
export const WORDPRESS_DIR = new URL('../../node_modules/.cache/wordpress/usr/share/wordpress', import.meta.url)
  .pathname;
const WORDPRESS_PHP = new URL('./wordpress.php', import.meta.url).pathname;

function wordpress(role, html) {
  if (!existsSync(WORDPRESS_DIR))
    throw new Error(`WordPress's files are not at ${WORDPRESS_DIR}: run bash test/cms/install-wordpress.sh`);
  return execFileSync('php', [WORDPRESS_PHP, WORDPRESS_DIR, role], {input: html, encoding: 'utf8'});
}

// Static site generators (Eleventy, Docusaurus, VitePress…) let Markdown carry raw HTML.
const markdown = new MarkdownIt({html: true});

export const NODE_PIPELINES = {
  'WordPress classic editor, administrator': (html) => wordpress('admin', html),
  'WordPress classic editor, author (wp_kses_post)': (html) => wordpress('author', html),
  'sanitize-html, defaults': (html) => sanitizeHtml(html),
  'xss, defaults': (html) => xss(html),
  'markdown-it, html: true': (html) => markdown.render(html),
};

/** The test server's route: the body is the pasted HTML, the answer what the pipeline made of it. */
export async function cmsPipelines(context, next) {
  if (context.path != '/cms') return next();
  const pipeline = NODE_PIPELINES[context.query.pipeline];
  if (!pipeline) return next();
  let html = '';
  for await (const chunk of context.req) html += chunk;
  context.type = 'text/html';
  context.body = pipeline(html);
}
