import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// The Lit team's minifier for html`` and css`` templates (html-minifier and clean-css).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The README's snippets, the demo and the embed builder load the bundle from the package's
 * versioned URL on a public npm CDN, with its Subresource Integrity hash: once the file
 * is written, both are brought up to this version and this file's sha384. (A test fails
 * when they are not: test/node/release.test.mjs.)
 */
function integrity() {
  return {
    name: 'integrity',
    writeBundle({file}) {
      const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      for (const page of ['README.md', 'demo/index.html', 'demo/builder.js']) {
        const text = readFileSync(page, 'utf8');
        const updated = text.replace(
          /story-card@[^/"]+\/dist\/story-card\.js" integrity="[^"]*"/g,
          `story-card@${version}/dist/story-card.js" integrity="${hash}"`
        );
        if (updated != text) writeFileSync(page, updated);
      }
    },
  };
}

export default [
  // The file partners drop onto a page: one self-defining module with Lit inside.
  {
    input: 'src/story-card.ts',
    output: {file: 'dist/story-card.js', format: 'es', sourcemap: true},
    plugins: [
      typescript({declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src'}),
      // Unquoted attributes where HTML allows it; Lit reads unquoted bindings alike.
      minifyHTML({options: {minifyOptions: {removeAttributeQuotes: true}}}),
      nodeResolve(),
      terser({
        ecma: 2021,
        module: true,
        compress: {passes: 3, unsafe: true, unsafe_arrows: true, pure_getters: true, keep_fargs: false},
        format: {comments: false},
        // Our private members (_index, _request…); Lit's own start with _$ and keep their names.
        mangle: {properties: {regex: /^_[a-z]/}},
      }),
      integrity(),
    ],
  },
  // For npm users with their own bundler: unbundled modules and type declarations,
  // with Lit left as a dependency so an app shares one copy.
  {
    input: ['src/index.ts', 'src/story-card.ts'],
    external: [/^lit(\/|$)/],
    output: {dir: 'lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src'},
    plugins: [typescript({outDir: 'lib', rootDir: 'src'})],
  },
];
