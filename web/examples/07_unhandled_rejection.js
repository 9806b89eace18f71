// An unhandled rejection crashes the process
// Nothing catches the rejection: queued ticks and microtasks still run, then node exits with code 1; the timer never fires.
async function loadConfig() {
  throw new Error('config file missing');
}

setTimeout(() => console.log('timer (never runs)'), 0);
console.log('calling loadConfig()');
loadConfig();
process.nextTick(() => console.log('tick: still runs'));
Promise.resolve().then(() => console.log('microtask: still runs'));
console.log('main script done');
