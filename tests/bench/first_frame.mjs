// Measures web_first_frame_ms: navigation start to the first frame that draws the UI, in
// headless Chromium (SwiftShader WebGL2), as the median of N fresh loads (default 5).
//
//   node tests/bench/first_frame.mjs [DIST] [--loads N]
// Prints one line: BENCH web_first_frame_ms <median> ms
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, openPage, waitForReady } from '../e2e/lib/browser.mjs';

const args = process.argv.slice(2);
let dist = 'build-web/dist';
let loads = 5;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--loads') loads = Number(args[++i]);
  else dist = args[i];
}
if (!Number.isInteger(loads) || loads < 1) {
  console.error('first_frame: --loads needs a whole number of at least 1');
  process.exit(2);
}

const server = await startServer(dist);
const browser = await launchBrowser();
const samples = [];
try {
  for (let i = 0; i < loads; i++) {
    // A fresh context each time: no HTTP cache, no compiled-wasm cache from the previous load.
    const { context, page, problems } = await openPage(browser);
    await page.goto(server.url);
    const state = await waitForReady(page);
    if (problems.length) throw new Error(`load ${i + 1} had problems: ${problems.join('; ')}`);
    samples.push(state.first_frame_ms);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.error(`first frame samples (ms): ${samples.map((s) => s.toFixed(1)).join(' ')}`);
console.log(`BENCH web_first_frame_ms ${median.toFixed(1)} ms`);
