// npm start: the demo with a contributor's loop. Rollup rebuilds dist/ and lib/ on every
// edit in src/, and the dev server reloads the page when they change, so an edit shows
// in the demo as soon as it is saved.
import {loadConfigFile} from 'rollup/loadConfigFile';
import {watch} from 'rollup';
import {startDevServer} from '@web/dev-server';

const {options, warnings} = await loadConfigFile(new URL('../rollup.config.mjs', import.meta.url).pathname);
warnings.flush();
const watcher = watch(options);
watcher.on('event', (event) => {
  if (event.code == 'ERROR') console.error(`build failed: ${event.error.message}`);
  if (event.code == 'BUNDLE_END') event.result.close();
});
// The first build is done before the page opens, so it never shows a stale bundle.
await new Promise((resolve) => watcher.on('event', (event) => event.code == 'END' && resolve()));
await startDevServer({config: {open: '/demo/', watch: true}, readCliArgs: false, readFileConfig: false});
