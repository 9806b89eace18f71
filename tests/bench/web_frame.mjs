// Measures web_frame_ms_p99: the CPU time of a frame (input, every panel, draw calls) with a trace
// of about 100,000 events in view, in headless Chromium with SwiftShader WebGL2. The app records
// each frame's time (main.cpp); this loads a script that makes the big trace, lets the timeline
// fit it, and reads the 99th percentile over the next 240 frames.
//
//   node tests/bench/web_frame.mjs [DIST]
// Prints: BENCH web_frame_ms_p99 <p99> ms   (and the trace size on stderr)
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, openPage, readState, waitForReady, waitForState } from '../e2e/lib/browser.mjs';

const dist = process.argv[2] ?? 'build-web/dist';
// 16,700 timers over 100 ms: each is armed, fires, runs and ends (about 6 trace events apiece).
const script = [
  'let fired = 0;',
  'for (let i = 0; i < 16700; i++) setTimeout(() => { fired++; }, i % 100);',
  "setTimeout(() => console.log('fired', fired), 200);",
  '',
].join('\n');

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  const first = await waitForReady(page);
  await page.evaluate((text) => Module.ccall('looplab_set_script', null, ['string'], [text]), script);
  const run = await waitForState(page, (s) => s.generation > first.generation, { what: 'the big run', timeout: 120000 });
  // Frames recorded after the run: the window keeps the last 240.
  const start = run.frame;
  const state = await waitForState(page, (s) => s.frame >= start + 260, { what: '260 frames', timeout: 120000 });
  if (problems.length) throw new Error(`the page had problems: ${problems.join('; ')}`);
  console.error(`trace events: ${state.events}, frames sampled: ${state.frame_samples}, output: ${state.output.join(' | ')}`);
  console.log(`BENCH web_frame_ms_p99 ${state.frame_ms_p99.toFixed(2)} ms`);
} finally {
  await browser.close();
  await server.close();
}
