// The package as npm users get it: packed, installed into an empty project, and used.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

test('npm pack gives a package that works installed into an empty project', {timeout: 180_000}, (t) => {
  const work = mkdtempSync(join(tmpdir(), 'story-card-pack-'));
  t.after(() => rmSync(work, {recursive: true, force: true}));
  const [{filename, files}] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
  const shipped = files.map((file) => file.path);
  for (const expected of [
    'dist/story-card.js',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/story-card.js',
    'bin/story-card-import.mjs',
    'bin/story-card-render.mjs',
    'lib/server/render-story-card.js',
    'lib/server/render-story-card.d.ts',
    'story.schema.json',
    'custom-elements.json',
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
  ]) {
    assert.ok(shipped.includes(expected), `${expected} is not in the package`);
  }
  for (const path of shipped) assert.ok(!/^(src|test|demo|bench|node_modules)\//.test(path), `${path} should not ship`);

  const project = join(work, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({name: 'empty-project', version: '1.0.0', type: 'module', private: true})
  );
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)], project);

  const installed = join(project, 'node_modules/story-card');
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.customElements, 'custom-elements.json');
  const elements = JSON.parse(readFileSync(join(installed, manifest.customElements), 'utf8'));
  const card = elements.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName == 'story-card');
  assert.ok(card, 'custom-elements.json describes <story-card>');
  assert.deepEqual(card.events.map((event) => event.name).sort(), [
    'story-card-error',
    'story-card-load',
    'story-card-slide-change',
  ]);

  // Every export resolves, as a bundler would resolve it.
  const resolve = (specifier) =>
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`],
      {cwd: project, encoding: 'utf8'}
    ).trim();
  for (const specifier of [
    'story-card',
    'story-card/story-card.js',
    'story-card/dist/story-card.js',
    'story-card/story.schema.json',
    'story-card/custom-elements.json',
  ]) {
    assert.ok(existsSync(fileURLToPath(resolve(specifier))), `${specifier} does not resolve to a file`);
  }
  assert.doesNotMatch(readFileSync(join(installed, 'dist/story-card.js'), 'utf8'), /\bimport\s*[{*"']/);

  // The command works from the installed package.
  const story = execFileSync(join(project, 'node_modules/.bin/story-card-import'), ['-', '--headline', 'H'], {
    cwd: project,
    input: 'A caption. (Photo by Jane Doe/AP)\n\nA paragraph.\n',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  assert.deepEqual(JSON.parse(story).body, ['A paragraph.']);
});
