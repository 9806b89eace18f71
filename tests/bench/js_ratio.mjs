// Measures the JavaScript engine against V8's interpreter: each tests/bench/js/NAME.js runs
// through `node --jitless` and through `looplab run`, and the figure is the ratio of their times
// (Looplab / node --jitless; the target is <= 3).
//
//   node tests/bench/js_ratio.mjs LOOPLAB_BINARY [NAME...]
// Prints one line per script: BENCH js_<name>_ratio <ratio> x (looplab <ms> ms, node --jitless <ms> ms)
//
// Each time is the best of 3 wall-clock runs of the whole process, minus the best of 3 runs of
// an empty script through the same tool, so start-up (node's bootstrap, Looplab's realm) is not
// counted. Both must print the same output, or the figure is meaningless and the run fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [looplab, ...names] = process.argv.slice(2);
if (!looplab) {
  console.error('usage: node tests/bench/js_ratio.mjs LOOPLAB_BINARY [NAME...]');
  process.exit(2);
}
const scripts = names.length
  ? names.map((name) => join(here, 'js', `${name}.js`))
  : readdirSync(join(here, 'js')).filter((f) => f.endsWith('.js')).sort().map((f) => join(here, 'js', f));

const tools = {
  node: (file) => [process.execPath, ['--jitless', file]],
  looplab: (file) => [looplab, ['run', file]],
};

function timeRun(tool, file) {
  const [command, args] = tools[tool](file);
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${tool} ${basename(file)} exited with ${result.status}: ${result.stderr}`);
  }
  return { ms, stdout: result.stdout };
}

function best(tool, file, runs = 3) {
  let fastest = null;
  for (let i = 0; i < runs; i++) {
    const run = timeRun(tool, file);
    if (!fastest || run.ms < fastest.ms) fastest = run;
  }
  return fastest;
}

const scratch = mkdtempSync(join(tmpdir(), 'looplab-bench-'));
const empty = join(scratch, 'empty.js');
writeFileSync(empty, '\n');
const baseline = { node: best('node', empty).ms, looplab: best('looplab', empty).ms };
let failed = false;
try {
  for (const file of scripts) {
    const name = basename(file, '.js');
    const node = best('node', file);
    const ours = best('looplab', file);
    if (node.stdout !== ours.stdout) {
      console.error(`js_ratio: ${name}: looplab printed\n${ours.stdout}\nbut node printed\n${node.stdout}`);
      failed = true;
      continue;
    }
    const nodeMs = Math.max(node.ms - baseline.node, 0.1);
    const ourMs = Math.max(ours.ms - baseline.looplab, 0.1);
    console.log(
      `BENCH js_${name}_ratio ${(ourMs / nodeMs).toFixed(2)} x ` +
        `(looplab ${ourMs.toFixed(1)} ms, node --jitless ${nodeMs.toFixed(1)} ms)`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
