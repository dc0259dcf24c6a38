// Where the bundle's bytes are: each module's share of dist/story-card.js (by its source
// map: minified bytes, and those bytes gzipped on their own), and each of our modules
// minified and gzipped alone (from lib/, the same source unbundled, its templates not
// minified). Gzip is Node's
// zlib at level 9, as the size budget counts. Run `npm run build` first.
//   node bench/bytes.mjs
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {TraceMap, eachMapping} from '@jridgewell/trace-mapping';
import {minify} from 'terser';

const ROOT = new URL('..', import.meta.url).pathname;
const gzip = (text) => gzipSync(text, {level: 9}).length;
const code = readFileSync(join(ROOT, 'dist/story-card.js'), 'utf8');
const map = new TraceMap(readFileSync(join(ROOT, 'dist/story-card.js.map'), 'utf8'));

// Each generated character belongs to the source of the mapping that precedes it.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] == '\n') lineStarts.push(i + 1);
const marks = [];
eachMapping(map, (mapping) =>
  marks.push([lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn, mapping.source])
);
marks.sort((a, b) => a[0] - b[0]);
const shares = new Map();
marks.forEach(([start, source], i) => {
  const name = source.replace(/^.*node_modules\//, '').replace(/^.*?src\//, 'src/');
  shares.set(name, (shares.get(name) ?? '') + code.slice(start, marks[i + 1]?.[0] ?? code.length));
});

const alone = new Map();
const walk = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]
  );
for (const file of walk(join(ROOT, 'lib')).filter((file) => file.endsWith('.js'))) {
  const {code: minified} = await minify(readFileSync(file, 'utf8'), {
    module: true,
    compress: {passes: 2},
    mangle: {properties: {regex: /^_[a-z]/}},
  });
  alone.set(`src/${relative(join(ROOT, 'lib'), file).replace(/\.js$/, '.ts')}`, gzip(minified));
}

console.log(`dist/story-card.js: ${code.length} bytes minified, ${gzip(code)} gzip\n`);
console.log('| module | minified in the bundle | its share gzipped alone | minified and gzipped alone |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, text] of [...shares].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`| ${name} | ${text.length} | ${gzip(text)} | ${alone.get(name) ?? ''} |`);
}
