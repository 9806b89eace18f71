// Measures web_resim_ms_p99: re-simulating an example and rebuilding the panels' view models after
// an edit, in headless Chromium, as the playground does it (App::run_example_now, through the
// page's looplab_run_example export), two frames after the previous run as after a learner's
// edit. Each example runs N times (default 20); the figure is the 99th percentile over all runs of
// all examples, and the worst example is named.
//
//   node tests/bench/web_resim.mjs [DIST] [--runs N]
// Prints: BENCH web_resim_ms_p99 <p99> ms   (and per-example medians on stderr)
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, openPage, waitForReady, waitForState } from '../e2e/lib/browser.mjs';

const args = process.argv.slice(2);
let dist = 'build-web/dist';
let runs = 20;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else dist = args[i];
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('web_resim: --runs needs a whole number of at least 1');
  process.exit(2);
}

const server = await startServer(dist);
const browser = await launchBrowser();
const all = [];
try {
  const { page, problems } = await openPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  // Measure the page as a learner meets it after loading: the library modules compiled in idle
  // frames (App::draw, Session::warm_up_step).
  await waitForState(page, (state) => state.warmed_up === true, { what: 'the warm-up', timeout: 60000 });
  for (let example = 0; ; example++) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      // As after a learner's edit, the page has drawn a few frames since the last run (and used
      // one to bootstrap the next run's engine: App::draw, Session::prepare_next_run).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const ms = await page.evaluate((index) => Module.ccall('looplab_run_example', 'number', ['number'], [index]),
        example);
      if (ms < 0) break;
      samples.push(ms);
    }
    if (samples.length === 0) break;
    samples.sort((a, b) => a - b);
    console.error(`example ${example}: median ${samples[Math.floor(samples.length / 2)].toFixed(2)} ms, ` +
      `max ${samples[samples.length - 1].toFixed(2)} ms`);
    all.push(...samples);
  }
  if (problems.length) throw new Error(`the page had problems: ${problems.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
if (all.length === 0) {
  console.error('web_resim: no example ran');
  process.exit(1);
}
all.sort((a, b) => a - b);
const p99 = all[Math.min(all.length - 1, Math.floor(all.length * 0.99))];
console.log(`BENCH web_resim_ms_p99 ${p99.toFixed(2)} ms`);
