// The playground on a phone (issue 6, item 9: "touch works for the main interactions"): a narrow
// screen shows the panels as tabs; tapping a tab shows that panel, tapping Play plays the run,
// tapping an output line moves the cursor there, a two-finger pinch zooms the timeline and a
// one-finger drag pans it. Touches are real touch events (Chromium's touch emulation through the
// DevTools protocol), never mouse events.
//
// Run: cd tests && node --test e2e/   (after building build-web/; tests/run-all.sh does both)
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, settledState, waitForReady, waitForState, waitFrames, withPage } from './lib/browser.mjs';
import { analyzePng, isBlank } from './lib/pixels.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.LOOPLAB_DIST ?? join(ROOT, 'build-web', 'dist');
const OUT = join(ROOT, 'tests', 'out');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

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

/** Touch input through the DevTools protocol: each point is { x, y } in CSS pixels. */
async function touch(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, points) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  return {
    async tap(p) {
      await send('touchStart', [p]);
      await waitFrames(page, 1);
      await send('touchEnd', []);
      await waitFrames(page, 2);
    },
    // Moves fingers from `from` to `to` (arrays of points, one per finger) in `steps` moves, a
    // frame apart, as a hand would.
    async gesture(from, to, steps = 8) {
      await send('touchStart', from);
      await waitFrames(page, 1);
      for (let i = 1; i <= steps; i++) {
        const at = from.map((p, k) => ({ x: p.x + ((to[k].x - p.x) * i) / steps, y: p.y + ((to[k].y - p.y) * i) / steps }));
        await send('touchMove', at);
        await waitFrames(page, 1);
      }
      await send('touchEnd', []);
      await waitFrames(page, 2);
    },
  };
}

const center = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

async function openPhone(page) {
  await page.goto(server.url);
  await waitForReady(page);
  const state = await settledState(page);
  assert.equal(state.layout, 'narrow', 'a phone gets the tabbed layout');
  return state;
}

test('tapping a tab shows that panel, and tapping Play plays the run', () =>
  withPage(browser, PHONE, async ({ page }) => {
    const state = await openPhone(page);
    const fingers = await touch(page);
    assert.equal(state.tab, 0);
    await fingers.tap(center(state.widgets.tab_loop));
    await waitForState(page, (s) => s.tab === 2, { what: 'the Event loop tab' });
    await fingers.tap(center(state.widgets.tab_output));
    const output = await waitForState(page, (s) => s.tab === 1, { what: 'the Output tab' });
    // Play from the start: the cursor moves on by itself.
    const play = (await settledState(page)).widgets.play_button;
    assert.ok(play, 'the play button is on screen');
    await fingers.tap(center(play));
    await waitForState(page, (s) => s.playing === true, { what: 'playing after a tap' });
    await fingers.tap(center(play));
    await waitForState(page, (s) => s.playing === false, { what: 'paused after a second tap' });
    assert.ok(output.output.length > 0);
  }));

test('tapping an output line moves the cursor to it', () =>
  withPage(browser, PHONE, async ({ page }) => {
    const state = await openPhone(page);
    const fingers = await touch(page);
    await fingers.tap(center(state.widgets.tab_output));
    const shown = await waitForState(page, (s) => s.tab === 1 && s.widgets.output_line_0, { what: 'the first output line' });
    const end = shown.cursor;
    await fingers.tap(center(shown.widgets.output_line_0));
    const moved = await waitForState(page, (s) => s.cursor !== end, { what: 'the cursor to move' });
    assert.ok(moved.cursor < end, `tapping the first line moves the cursor back (from ${end} to ${moved.cursor})`);
  }));

test('a pinch zooms the timeline and a one-finger drag pans it', () =>
  withPage(browser, PHONE, async ({ page }) => {
    const state = await openPhone(page);
    const fingers = await touch(page);
    await fingers.tap(center(state.widgets.tab_timeline));
    const shown = await waitForState(page, (s) => s.tab === 3 && s.widgets.timeline_plot, { what: 'the timeline' });
    const plot = shown.widgets.timeline_plot;
    const whole = shown.timeline.t1 - shown.timeline.t0;
    const mid = center(plot);
    await fingers.gesture([{ x: mid.x - 30, y: mid.y }, { x: mid.x + 30, y: mid.y }],
      [{ x: mid.x - 120, y: mid.y }, { x: mid.x + 120, y: mid.y }]);
    const zoomed = await waitFrames(page, 2);
    const span = zoomed.timeline.t1 - zoomed.timeline.t0;
    assert.ok(span < whole / 2, `spreading two fingers 4x zooms in (span ${whole} -> ${span})`);
    await fingers.gesture([{ x: mid.x + 80, y: mid.y }], [{ x: mid.x - 40, y: mid.y }]);
    const panned = await waitFrames(page, 2);
    assert.ok(panned.timeline.t0 > zoomed.timeline.t0, `dragging left shows later times (${zoomed.timeline.t0} -> ${panned.timeline.t0})`);
    assert.ok(Math.abs((panned.timeline.t1 - panned.timeline.t0) - span) < span * 0.01, 'a drag keeps the zoom');
    const png = await page.locator('#canvas').screenshot();
    await writeFile(join(OUT, 'playground-phone-timeline.png'), png);
    assert.ok(!isBlank(analyzePng(png)), 'the phone screenshot shows something');
  }));
