import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// The Lit team's minifier for html`` and css`` templates (html-minifier and clean-css).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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
        compress: {passes: 2, unsafe_arrows: true},
        format: {comments: false},
        // Our private members (_index, _request…); Lit's own start with _$ and keep their names.
        mangle: {properties: {regex: /^_[a-z]/}},
      }),
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
