import { writeFile } from 'node:fs/promises';
import { startServer } from '../web/tools/serve.mjs';
import { launchBrowser, openPage, waitForReady, settledState, waitFrames, waitForState } from './e2e/lib/browser.mjs';
const server = await startServer('../build-web/dist');
const browser = await launchBrowser();
const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
await page.goto(server.url); await waitForReady(page);
await page.evaluate(() => { localStorage.setItem('looplab.knobs.v1', 'threadpool=24\n'); localStorage.setItem('looplab.script.v1', "const c = require('crypto');\nfor (let i = 0; i < 30; i++) c.pbkdf2('a', 'b', 2000, 16, 'sha256', () => console.log('hash', i));\n"); });
await page.reload(); await waitForReady(page);
let s = await settledState(page);
console.log(s.knobs, s.output.length);
const plot = s.widgets.timeline_plot;
await page.screenshot({ path: 'out/rows-before.png' });
await page.mouse.move(plot.x - 30, plot.y + plot.h / 2);
for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, 120); await waitFrames(page, 1); }
await waitFrames(page, 3);
await page.screenshot({ path: 'out/rows-after.png' });
console.log(problems); await browser.close(); await server.close();
