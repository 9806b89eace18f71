// The playground as a learner uses it (issue 6): type a script and read its output (mirrored into
// the DOM for screen readers), change a knob and see the run change, step through the run and
// read the event loop's queues, get a syntax error with its line and column, find the script
// again after a reload, and have a runaway script stopped with an explanation. Expected outputs come
// from real node (or, for a knob node cannot turn, from `looplab run` with the same flag, which the
// oracle suite checks against node). Every test fails on any console error (see withPage).
//
// Run: cd tests && node --test e2e/   (after building build/ and build-web/; tests/run-all.sh does both)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, settledState, waitForReady, waitForState, waitFrames, withPage } from './lib/browser.mjs';
import { analyzePng, isBlank } from './lib/pixels.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.LOOPLAB_DIST ?? join(ROOT, 'build-web', 'dist');
const LOOPLAB = process.env.LOOPLAB ?? join(ROOT, 'build', 'looplab');
const OUT = join(ROOT, 'tests', 'out');

let server;
let browser;
let scratch;

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
  await mkdir(OUT, { recursive: true });
  scratch = await mkdtemp(join(tmpdir(), 'looplab-e2e-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What `command script` prints on stdout, run from a scratch folder as a CommonJS file. */
async function outputOf(command, args, script, env = {}) {
  const file = join(scratch, 'main.js');
  await writeFile(file, script);
  await writeFile(join(scratch, 'package.json'), '{ "type": "commonjs" }');
  const result = spawnSync(command, [...args, file], { cwd: scratch, encoding: 'utf8', env: { ...process.env, ...env } });
  return result.stdout.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
}

const nodeOutput = (script) => outputOf(process.execPath, [], script);
const looplabOutput = (script, flags) => outputOf(LOOPLAB, ['run', ...flags], script);

/** The accessible mirror's lines (#looplab-output). */
async function mirrorLines(page) {
  const text = await page.locator('#looplab-output').textContent();
  return text.split('\n').filter((line) => line !== '');
}

/** Replaces the script through the page's export, as an edit (the run follows the debounce). */
async function setScript(page, script) {
  const before = (await waitFrames(page, 1)).generation;
  await page.evaluate((text) => Module.ccall('looplab_set_script', null, ['string'], [text]), script);
  return waitForState(page, (s) => s.generation > before || (s.stale && s.syntax_error), { what: 'the new run' });
}

/** The middle of a widget rectangle from the state, as mouse.click's arguments. */
const at = (r) => [r.x + r.w / 2, r.y + r.h / 2];

/**
 * Ctrl+click on an ImGui slider or drag field turns it into a text field: type `text` into it and
 * press Enter. The frame must see Ctrl held before the click lands (ImGui reads modifiers once per
 * frame), so each step waits for frames.
 */
async function typeIntoField(page, rect, text) {
  await page.mouse.move(...at(rect));
  await page.keyboard.down('Control');
  await waitFrames(page, 2);
  await page.mouse.down();
  await waitFrames(page, 2);
  await page.mouse.up();
  await waitFrames(page, 2);
  await page.keyboard.up('Control');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function canvasShot(page, name) {
  const png = await page.locator('#canvas').screenshot();
  await writeFile(join(OUT, name), png);
  return analyzePng(png);
}

test('a typed script runs, and its output reaches the DOM as node prints it', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    const first = await waitForReady(page);
    const editor = first.widgets.editor;
    assert.ok(editor && editor.w > 100 && editor.h > 100, `editor rect: ${JSON.stringify(editor)}`);
    // Lines without indentation: the editor indents after Enter by itself.
    const script = [
      "console.log('start');",
      "setTimeout(() => console.log('timeout'), 0);",
      "Promise.resolve().then(() => console.log('promise'));",
      "process.nextTick(() => console.log('tick'));",
      "console.log('end');",
      '',
    ].join('\n');
    await page.mouse.click(editor.x + editor.w / 2, editor.y + editor.h / 2);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(script, { delay: 5 });
    const expected = await nodeOutput(script);
    await waitForState(page, (s) => JSON.stringify(s.output) === JSON.stringify(expected), {
      what: `the output ${JSON.stringify(expected)}`,
    });
    assert.deepEqual((await mirrorLines(page)).slice(0, expected.length), expected);
    assert.ok((await mirrorLines(page)).includes('Process exited with code 0'));
    const shot = await canvasShot(page, 'playground-typed.png');
    assert.ok(!isBlank(shot), 'canvas looks blank');
  }));

test('a smaller thread pool changes the order of six pbkdf2 hashes around a timer', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    const script = [
      "const crypto = require('crypto');",
      'for (let i = 1; i <= 6; i++) {',
      "  crypto.pbkdf2('secret', 'salt', 10000, 64, 'sha512', () => console.log('hash ' + i));",
      '}',
      "setTimeout(() => console.log('timer'), 15);",
      '',
    ].join('\n');
    const four = await looplabOutput(script, ['--threadpool', '4']);
    const two = await looplabOutput(script, ['--threadpool', '2']);
    assert.notDeepEqual(four, two, 'the script must show the pool size');
    await setScript(page, script);
    await waitForState(page, (s) => JSON.stringify(s.output) === JSON.stringify(four), { what: 'the pool-of-4 order' });
    // The knob: Ctrl+click on the slider types a value.
    const state = await settledState(page);
    const slider = state.widgets.threadpool;
    assert.ok(slider, 'the thread pool knob is on screen');
    // Focus the canvas first (a click on the panel's empty space): keys reach the app only then.
    await page.mouse.click(slider.x + slider.w + 120, slider.y + slider.h / 2);
    await typeIntoField(page, slider, '2');
    const after = await waitForState(page, (s) => s.knobs.threadpool === 2 && JSON.stringify(s.output) === JSON.stringify(two), {
      what: 'the pool-of-2 order',
    });
    assert.equal(after.knobs.threadpool, 2);
    await canvasShot(page, 'playground-pool-of-2.png');
  }));

test('a syntax error shows its line and column and keeps the last good run', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await setScript(page, "console.log('good');\n");
    await waitForState(page, (s) => s.output[0] === 'good', { what: 'the good run' });
    const state = await setScript(page, "console.log('good');\nlet x = ;\n");
    assert.equal(state.stale, true);
    assert.deepEqual([state.syntax_error.line, state.syntax_error.column], [2, 9]);
    assert.equal(state.syntax_error.message, "Unexpected token ';'");
    assert.deepEqual(state.output, ['good'], 'the last good run stays on screen');
    assert.match((await mirrorLines(page))[0], /^Syntax error at line 2, column 9: Unexpected token ';'/);
    await canvasShot(page, 'playground-syntax-error.png');
  }));

test('the edited script and knobs come back after a reload', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    const script = "console.log('kept across reloads');\n";
    await setScript(page, script);
    await waitForState(page, (s) => s.output[0] === 'kept across reloads', { what: 'the run' });
    // Autosave follows the edit shortly.
    await page.waitForFunction(() => localStorage.getItem('looplab.script.v1') !== null);
    await page.reload();
    const state = await waitForReady(page);
    const restored = await waitForState(page, (s) => s.output.length > 0, { what: 'the restored run' });
    assert.deepEqual(restored.output, ['kept across reloads']);
    assert.ok(state.ready);
  }));

test('an endless loop is stopped and explained, and the page stays responsive', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    const state = await setScript(page, "console.log('before');\nwhile (true) {}\n");
    const stopped = await waitForState(page, (s) => s.diagnosis !== '', { what: 'the diagnosis' });
    assert.match(stopped.diagnosis, /without returning \(an endless loop\?\)/);
    assert.deepEqual(stopped.output, ['before']);
    assert.ok((await mirrorLines(page)).some((line) => line.startsWith('Stopped by Looplab:')));
    // Frames keep coming.
    await waitFrames(page, 5);
    assert.ok(state);
  }));

test('stepping forward and back shows the queues at each step', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await setScript(page, [
      "setTimeout(function later() { console.log('timeout'); }, 0);",
      "setImmediate(function soon() { console.log('immediate'); });",
      "process.nextTick(function tick() { console.log('tick'); });",
      "Promise.resolve().then(function then() { console.log('promise'); });",
      "console.log('main');",
      '',
    ].join('\n'));
    // Focus the canvas with a click on empty space (the console's free area), then use the keys.
    const state = await settledState(page);
    await page.mouse.click(state.display[0] * 0.55, state.display[1] * 0.55);
    await page.keyboard.press('Home');
    await waitForState(page, (s) => s.cursor === 0, { what: 'the start of the run' });
    // Step until the main script has queued everything: one tick, one microtask, a timer, an immediate.
    let at = null;
    for (let i = 0; i < 60 && !at; i++) {
      await page.keyboard.press('ArrowRight');
      const s = await waitFrames(page, 1);
      if (s.loop.ticks.length === 1 && s.loop.microtasks.length === 1) at = s;
    }
    assert.ok(at, 'no step showed the tick and the microtask queued');
    // Labels come from the code: the function and its line.
    assert.match(at.loop.ticks[0], /tick \(line 3\)/);
    assert.match(at.loop.microtasks[0], /promise then \(line 4\)/);
    assert.equal(at.loop.timers.length, 1);
    assert.equal(at.loop.immediates.length, 1);
    await canvasShot(page, 'playground-queues.png');
    // Forward until the tick has run, then one step back: the tick is queued again.
    let ran = null;
    for (let i = 0; i < 20 && !ran; i++) {
      await page.keyboard.press('ArrowRight');
      const s = await waitFrames(page, 1);
      if (s.loop.ticks.length === 0 && s.cursor > at.cursor) ran = s;
    }
    assert.ok(ran, 'the tick never ran');
    await page.keyboard.press('ArrowLeft');
    const back = await waitForState(page, (s) => s.cursor < ran.cursor, { what: 'a step back' });
    assert.equal(back.loop.ticks.length + (back.loop.running ? 1 : 0) >= 1, true, 'the tick is back (queued or running)');
    // End: everything ran, and the output is node's.
    await page.keyboard.press('End');
    const end = await waitForState(page, (s) => s.cursor === s.events, { what: 'the end' });
    assert.deepEqual(end.output.slice(0, 3), ['main', 'tick', 'promise']);
    assert.equal(end.loop.phase, 'exited');
  }));

test('the Examples menu loads every example, each printing what node prints', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    for (let index = 0; ; index++) {
      const ms = await page.evaluate((i) => Module.ccall('looplab_run_example', 'number', ['number'], [i]), index);
      if (ms < 0) break;
      const state = await waitFrames(page, 1);
      assert.ok(state.output.length > 0, `example ${index} printed nothing`);
      assert.equal(state.diagnosis, '', `example ${index} was stopped: ${state.diagnosis}`);
    }
  }));

test('a race says by itself that it has two possible orders, and node\'s is among them', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    const script = "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n";
    await setScript(page, script);
    // No click: once the script has settled the page looks for other orders on its own.
    const done = await waitForState(page, (s) => s.orders.state === 'done', { what: 'the exploration' });
    assert.equal(done.orders.count, 2);
    const node = (await nodeOutput(script)).join('\n') + '\n';
    assert.ok(done.orders.outputs.includes(node), `node's ${JSON.stringify(node)} not in ${JSON.stringify(done.orders.outputs)}`);
    await canvasShot(page, 'playground-orders.png');
    // A script whose order no timing changes says so.
    await setScript(page, "process.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('promise'));\n");
    const single = await waitForState(page, (s) => s.orders.state === 'done' && s.output.length === 2,
      { what: 'the second exploration' });
    assert.equal(single.orders.count, 1);
  }));

test('Export downloads the run as a Chrome trace that parses', () =>
  withPage(browser, { acceptDownloads: true }, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await setScript(page, "setTimeout(() => console.log('done'), 2);\n");
    const menu = (await settledState(page)).widgets.export_menu;
    await page.mouse.click(menu.x + menu.w / 2, menu.y + menu.h / 2);
    const open = await waitForState(page, (s) => s.widgets.export_chrome_trace, { what: 'the Export menu' });
    const item = open.widgets.export_chrome_trace;
    const download = page.waitForEvent('download');
    await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
    const file = await (await download).path();
    const trace = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
    assert.ok(Array.isArray(trace.traceEvents) && trace.traceEvents.some((e) => e.ph === 'B'), 'callback slices');
  }));

test('with many pool threads the timeline\'s rows scroll under the wheel on their labels', () =>
  withPage(browser, { viewport: { width: 1280, height: 720 } }, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    await page.evaluate(() => {
      localStorage.setItem('looplab.knobs.v1', 'threadpool=24\n');
      localStorage.setItem('looplab.script.v1',
        "const c = require('crypto');\nfor (let i = 0; i < 30; i++) c.pbkdf2('a', 'b', 2000, 16, 'sha256', () => {});\n");
    });
    await page.reload();
    await waitForReady(page);
    const state = await settledState(page);
    assert.equal(state.knobs.threadpool, 24);
    assert.equal(state.timeline.rows_scrolled, 0);
    const plot = state.widgets.timeline_plot;
    await page.mouse.move(plot.x - 30, plot.y + plot.h / 2);  // over the row labels
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 120);
      await waitFrames(page, 1);
    }
    const scrolled = await waitForState(page, (s) => s.timeline.rows_scrolled > 0, { what: 'the rows to scroll' });
    assert.equal(scrolled.timeline.t1 - scrolled.timeline.t0, state.timeline.t1 - state.timeline.t0,
      'the wheel over the labels scrolls rows and does not zoom');
    await canvasShot(page, 'playground-many-threads.png');
  }));

test('the metrics strip measures a blocking loop: the timer behind it is late by about as long', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    // A 10 ms timer behind a 30 ms busy loop fires about 20 ms late; an unblocked one is on time.
    await setScript(page, [
      'setTimeout(() => {}, 10);',
      'const end = Date.now() + 30;',
      'while (Date.now() < end) {}',
      '',
    ].join('\n'));
    const blocked = await waitForState(page, (s) => s.metrics.delay_count === 1, { what: 'the metrics' });
    assert.ok(blocked.metrics.delay_max_ms >= 19 && blocked.metrics.delay_max_ms <= 22,
      `delay max ${blocked.metrics.delay_max_ms} ms`);
    assert.ok(blocked.metrics.utilisation > 0.5, `utilisation ${blocked.metrics.utilisation}`);
    await setScript(page, 'setTimeout(() => {}, 10);\n');
    const free = await waitForState(page, (s) => s.metrics.delay_count === 1 && s.metrics.delay_max_ms < 2,
      { what: 'an on-time timer' });
    assert.ok(free.metrics.utilisation < 0.5, `utilisation ${free.metrics.utilisation}`);
  }));

test('View switches to the light theme, and Export copies the script to the clipboard', () =>
  withPage(browser, {}, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url);
    await waitForReady(page);
    const script = "console.log('copied');\n";
    await setScript(page, script);
    let state = await settledState(page);
    assert.equal(state.theme, 'dark');
    await page.mouse.click(...at(state.widgets.view_menu));
    state = await waitForState(page, (s) => s.widgets.view_light_theme, { what: 'the View menu' });
    await page.mouse.click(...at(state.widgets.view_light_theme));
    state = await waitForState(page, (s) => s.theme === 'light', { what: 'the light theme' });
    const shot = await canvasShot(page, 'playground-light.png');
    assert.ok(shot.mean > 128, `a light page is mostly light (mean ${shot.mean})`);

    await page.mouse.click(...at(state.widgets.export_menu));
    state = await waitForState(page, (s) => s.widgets.export_copy_script, { what: 'the Export menu' });
    await page.mouse.click(...at(state.widgets.export_copy_script));
    let copied = '';
    for (let i = 0; i < 40 && copied !== script; i++) {
      await waitFrames(page, 1);
      copied = await page.evaluate(() => navigator.clipboard.readText());
    }
    assert.equal(copied, script);
  }));

test('the editor indents with Tab, undoes and redoes, and pastes from the system clipboard', () =>
  withPage(browser, {}, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url);
    const first = await waitForReady(page);
    const editor = first.widgets.editor;
    await page.mouse.click(editor.x + editor.w / 2, editor.y + editor.h / 2);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('a', { delay: 5 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('b', { delay: 5 });
    const typed = await waitForState(page, (s) => /^a +b$/.test(s.script), { what: 'a, Tab, b' });
    await page.keyboard.press('Control+Z');
    const undone = await waitForState(page, (s) => s.script !== typed.script, { what: 'the undo' });
    assert.ok(typed.script.startsWith(undone.script), `undo leaves a prefix: ${JSON.stringify(undone.script)}`);
    await page.keyboard.press('Control+Shift+Z');
    await waitForState(page, (s) => s.script === typed.script, { what: 'the redo' });

    // Paste: what another program copied replaces the selection, and runs.
    const pasted = "console.log('from the clipboard');\n";
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await waitForState(page, (s) => s.script === pasted, { what: 'the pasted script' });
    await waitForState(page, (s) => s.output[0] === 'from the clipboard', { what: 'its output' });
  }));

test('a number of the script changed in the Knobs panel rewrites the source and re-runs', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    const script = "setTimeout(() => console.log('timeout'), 5);\nsetImmediate(() => console.log('immediate'));\n";
    await setScript(page, script);
    let state = await settledState(page);
    assert.ok(state.widgets.numbers_tree, 'the Numbers in the script entry is on screen');
    await page.mouse.click(...at(state.widgets.numbers_tree));
    state = await waitForState(page, (s) => s.widgets.number_0, { what: 'the first number' });
    await typeIntoField(page, state.widgets.number_0, '250');
    const edited = script.replace(', 5)', ', 250)');
    const rerun = await waitForState(page, (s) => s.script === edited && s.output.length === 2,
      { what: 'the rewritten script and its run' });
    assert.deepEqual(rerun.output, await nodeOutput(edited));
  }));

test('Help lists the keyboard shortcuts in a popup that closes', () =>
  withPage(browser, {}, async ({ page }) => {
    await page.goto(server.url);
    await waitForReady(page);
    let state = await settledState(page);
    await page.mouse.click(...at(state.widgets.help_menu));
    state = await waitForState(page, (s) => s.widgets.help_shortcuts, { what: 'the Help menu' });
    await page.mouse.click(...at(state.widgets.help_shortcuts));
    await waitForState(page, (s) => s.help_shown && s.widgets.help_close, { what: 'the shortcuts popup' });
    state = await settledState(page);  // the popup sizes itself to its contents over a frame or two
    await canvasShot(page, 'playground-help.png');
    await page.mouse.click(...at(state.widgets.help_close));
    await waitForState(page, (s) => !s.help_shown, { what: 'the popup to close' });
  }));
