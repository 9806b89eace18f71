// The first page in a real browser: it loads, draws, sees clicks, follows the window size and the
// devicePixelRatio, and says something readable when the browser cannot run it. Every test also
// fails on any console error, uncaught page error or failed request (see withPage).
//
// Run: cd tests && node --test e2e/   (after building build-web/; tests/run-all.sh does both)
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web/tools/serve.mjs';
import {
  launchBrowser,
  readState,
  settledState,
  waitForReady,
  waitForState,
  waitFrames,
  withPage,
} from './lib/browser.mjs';
import { analyzePng, isBlank } from './lib/pixels.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.LOOPLAB_DIST ?? join(ROOT, 'build-web', 'dist');
const OUT = join(ROOT, 'tests', 'out');

let server;
let browser;

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
  await mkdir(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Screenshot of the canvas only, saved under tests/out/ for a human to look at. */
async function canvasShot(page, name) {
  const png = await page.locator('#canvas').screenshot();
  await writeFile(join(OUT, name), png);
  return analyzePng(png);
}

function center(rect) {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
}

/** Waits until the page shows its error message containing `text`; returns the message. */
async function messageShown(page, text) {
  await page.waitForFunction((t) => document.getElementById('message-text').textContent.includes(t), text);
  assert.equal(await page.locator('#message').isVisible(), true);
  assert.equal(await page.locator('#canvas').isHidden(), true, 'the canvas gives way to the message');
  return page.locator('#message').textContent();
}

for (const dpr of [1, 2]) {
  describe(`the playground at devicePixelRatio ${dpr}`, () => {
    test('loads, draws a non-blank frame and reports ready', () =>
      withPage(browser, { deviceScaleFactor: dpr }, async ({ page }) => {
        const wasm = page.waitForResponse((response) => response.url().endsWith('/looplab.wasm'));
        await page.goto(server.url);
        // Browsers compile .wasm while downloading only when it is served as application/wasm.
        assert.equal((await wasm).headers()['content-type'], 'application/wasm');
        const state = await waitForReady(page);
        assert.equal(state.version.split('.').length, 3, 'version is x.y.z');
        assert.equal(state.dpr, dpr);
        // The canvas's backing store is CSS size × dpr, so nothing is scaled up blurrily.
        assert.deepEqual(state.display, [1024, 700]);
        assert.deepEqual(state.framebuffer, [1024 * dpr, 700 * dpr]);
        // Fonts are rasterized for this dpr (16 CSS px × dpr device pixels).
        assert.equal(state.font_dpr, dpr);
        assert.equal(state.ui_font_px, 16 * dpr);
        assert.equal(await page.locator('#message').isHidden(), true, 'the loading message is gone');

        await waitFrames(page, 2);
        const shot = await canvasShot(page, `first-page-dpr${dpr}.png`);
        assert.equal(shot.width, 1024 * dpr);
        assert.ok(!isBlank(shot), `canvas looks blank: ${JSON.stringify(shot)}`);
      }));

    test('sees a click on the Run button, and not one beside it', () =>
      withPage(browser, { deviceScaleFactor: dpr }, async ({ page }) => {
        await page.goto(server.url);
        await waitForReady(page);

        // An embedded playground often does not have the keyboard focus (the course page has it).
        // Mouse input must work all the same.
        await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));

        // Beside the button (the empty end of the transport bar) nothing must count as a click.
        const before = await settledState(page);
        const button = before.widgets.play_button;
        assert.ok(button && button.w > 20 && button.h > 10, `button rect: ${JSON.stringify(button)}`);
        await page.mouse.click(before.display[0] - 5, button.y + button.h / 2);
        await waitFrames(page, 3);
        assert.equal((await readState(page)).playing, false, 'a click beside the button counted');

        // Run plays the run from the start; a second click pauses it.
        const { x, y } = center(button);
        await page.mouse.click(x, y);
        await waitForState(page, (s) => s.playing === true, { what: 'the click to be seen', timeout: 5000 });
        await page.mouse.click(x, y);
        await waitForState(page, (s) => s.playing === false, { what: 'the second click', timeout: 5000 });
      }));
  });
}

test('follows the window size: canvas, display and layout', () =>
  withPage(browser, { deviceScaleFactor: 2 }, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await page.setViewportSize({ width: 480, height: 820 });
    await waitForState(page, (s) => s.display[0] === 480 && s.display[1] === 820, {
      what: 'the app to see the new window size',
    });
    const state = await settledState(page);
    assert.deepEqual(state.framebuffer, [960, 1640]);
    // A narrow page gets the tabbed layout; the button is inside it and still clickable.
    assert.equal(state.layout, 'narrow');
    const button = state.widgets.play_button;
    assert.ok(button.x >= 0 && button.x + button.w <= 480, `button outside the page: ${JSON.stringify(button)}`);
    const { x, y } = center(button);
    await page.mouse.click(x, y);
    await waitForState(page, (s) => s.playing === true, { what: 'the click after the resize', timeout: 5000 });
    await canvasShot(page, 'first-page-narrow.png');
  }));

test('follows a devicePixelRatio change without a resize (another monitor)', () =>
  withPage(browser, { deviceScaleFactor: 1 }, async ({ page, context }) => {
    await page.goto(server.url);
    await waitForReady(page);
    // Chromium changes the ratio without firing 'resize', as when a window moves to a 2x screen.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1024,
      height: 700,
      deviceScaleFactor: 2,
      mobile: false,
    });
    const state = await waitForState(page, (s) => s.framebuffer[0] === 2048, {
      what: 'the canvas backing store to follow the new ratio',
    });
    assert.equal(state.font_dpr, 2, 'fonts are rasterized again for the new ratio');
    assert.deepEqual(state.display, [1024, 700]);
  }));

for (const [dpr, fontRatio] of [
  [0.5, 0.5],
  [5, 4],
]) {
  test(`at devicePixelRatio ${dpr} the fonts are built once, for ${fontRatio}x`, () =>
    withPage(browser, { deviceScaleFactor: dpr }, async ({ page }) => {
      await page.goto(server.url);
      await waitForReady(page);
      const state = await waitFrames(page, 10);
      assert.equal(state.font_dpr, fontRatio);
      assert.equal(state.font_builds, 1, 'the font atlas must not be rebuilt every frame');
    }));
}

test('when the browser takes WebGL away the page says so', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await page.evaluate(() => {
      document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext();
    });
    assert.match(await messageShown(page, 'drawing surface'), /Reload the page/);
  }));

test('an uncaught error ends in a message, not a frozen canvas', () =>
  withPage(
    browser,
    {},
    async ({ page }) => {
      await page.goto(server.url);
      await waitForReady(page);
      await page.evaluate(() => setTimeout(() => { throw new Error('simulated crash'); }));
      assert.match(await messageShown(page, 'simulated crash'), /Looplab stopped after an error/);
    },
    { expectProblems: true },
  ));

test('without WebAssembly the page says so instead of staying blank', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    await page.goto(server.url);
    assert.match(await messageShown(page, 'WebAssembly'), /needs WebAssembly/);
  }));

test('without WebGL2 the page says so instead of staying blank', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    });
    await page.goto(server.url);
    assert.match(await messageShown(page, 'WebGL2'), /needs WebGL2/);
    assert.equal(await readState(page), null, 'the app must not have started');
  }));

test('when looplab.wasm cannot be downloaded the page says so', () =>
  withPage(
    browser,
    {},
    async ({ page, problems }) => {
      await page.route('**/looplab.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(server.url);
      assert.match(await messageShown(page, 'stopped'), /Looplab stopped: its code \(looplab\.wasm\) could not be downloaded/);
      // The 404 itself must have been noticed by the problem recorder (it guards every other test).
      assert.ok(problems.some((p) => p.includes('404')), `problems: ${problems.join('; ')}`);
    },
    { expectProblems: true },
  ));

test('the blank-canvas check does fail on a blank canvas', () =>
  // Guards the guard: the non-blank assertion above must be able to fail.
  withPage(browser, {}, async ({ page }) => {
    await page.setContent('<canvas id="canvas" width="400" height="300" style="background:#13151a"></canvas>');
    assert.ok(isBlank(analyzePng(await page.locator('#canvas').screenshot())), 'an empty canvas is blank');
    await page.setContent('<canvas id="canvas" width="400" height="300"></canvas>');
    await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2', { preserveDrawingBuffer: true });
      gl.clearColor(0.1, 0.1, 0.12, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
    });
    assert.ok(isBlank(analyzePng(await page.locator('#canvas').screenshot())), 'a cleared WebGL2 canvas is blank');
  }));
