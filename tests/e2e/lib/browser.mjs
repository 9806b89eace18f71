// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// WebGL2 runs on SwiftShader (software), so no GPU is needed.
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // The test machines have no internet: keep Chromium from calling home at every start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function chromiumPath() {
  return process.env.LOOPLAB_CHROMIUM ?? '/usr/bin/chromium';
}

/** Launches headless Chromium (playwright gives it a fresh profile directory). */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/**
 * Opens a page that records every console error and uncaught page error into `problems`; a test
 * asserts that list is empty at the end. Options go to browser.newContext (viewport,
 * deviceScaleFactor, ...).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/** The app's state (#looplab-state), or null before the wasm first writes it. */
export async function readState(page) {
  const text = await page.locator('#looplab-state').textContent();
  return text ? JSON.parse(text) : null;
}

/** Waits until the app has drawn a frame satisfying `predicate(state)`; returns that state. */
export async function waitForState(page, predicate, { timeout = 30000, what = 'the app state' } = {}) {
  const deadline = Date.now() + timeout;
  let state = null;
  while (Date.now() < deadline) {
    state = await readState(page);
    if (state && predicate(state)) return state;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; last state: ${JSON.stringify(state)}`);
}

/** Waits for the ready flag: the wasm is running and has drawn its first frame. */
export function waitForReady(page, options) {
  return waitForState(page, (state) => state.ready === true && state.frame >= 1, { what: 'the ready flag', ...options });
}

/** Waits until `count` more frames have been drawn, so the app has seen earlier input. */
export async function waitFrames(page, count = 3) {
  const start = (await readState(page)).frame;
  return waitForState(page, (state) => state.frame >= start + count, { what: `${count} more frames` });
}

/**
 * Waits until the widget rectangles stop moving (two reads, frames apart, agree) and returns that
 * state. Read rectangles through this before clicking: after a resize, ImGui may need a frame or
 * two to lay out again.
 */
export async function settledState(page, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let previous = await readState(page);
  while (Date.now() < deadline) {
    const current = await waitFrames(page, 2);
    if (JSON.stringify(current.widgets) === JSON.stringify(previous.widgets)) return current;
    previous = current;
  }
  throw new Error(`widgets kept moving for ${timeout} ms: ${JSON.stringify(previous.widgets)}`);
}

/**
 * Runs `body({ page, context, problems })` on a fresh page and closes it afterwards. Unless
 * `expectProblems` is set, the test fails if the page logged a console error, threw, or had a
 * request fail — every browser test guards against those.
 */
export async function withPage(browser, options, body, { expectProblems = false } = {}) {
  const { context, page, problems } = await openPage(browser, options);
  try {
    await body({ page, context, problems });
    if (!expectProblems && problems.length) {
      throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
    }
  } finally {
    await context.close();
  }
}
