// An unhandled rejection with an Error crashes the process (node >= 15) after the current
// microtasks and ticks.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
process.nextTick(() => console.log('tick still runs'));
Promise.resolve().then(() => console.log('microtask still runs'));
setTimeout(() => console.log('timeout: never'), 0);
