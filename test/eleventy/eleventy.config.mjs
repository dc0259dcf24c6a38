// A partner's Eleventy 3 site that renders story cards at build time, through a shortcode
// that calls the package's renderer (README, "Render it on your server"). Built by
// test/eleventy/build-site.mjs before the browser tests, which open its pages.
import {readFile} from 'node:fs/promises';
import {renderStoryCard} from 'story-card/ssr';

export default function (eleventyConfig) {
  // {% storyCard "demo/stories/japan-fans-world-cup-2018.json", "/demo/stories/" %}
  eleventyConfig.addAsyncShortcode('storyCard', async (file, baseUrl, layout) =>
    renderStoryCard(await readFile(file, 'utf8'), {baseUrl, layout, lang: 'en'})
  );
}
