// Main module: when the script keeps running well past 1 ms after setTimeout(0), the timer is due
// before the loop starts and runs before setImmediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const start = Date.now();
while (Date.now() - start < 10) {}
