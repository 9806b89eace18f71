// Busy-waiting on performance.now() blocks the loop like any other computation.
const start = performance.now();
setTimeout(() => console.log('timeout after', performance.now() - start >= 20 ? 'the wait' : 'too early'), 5);
setImmediate(() => console.log('immediate'));
while (performance.now() - start < 20) {}
console.log('waited');
