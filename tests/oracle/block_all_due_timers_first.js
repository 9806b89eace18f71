// After a long main script every timer is due when the loop starts: all of them run, in deadline
// order, before the first immediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 60'), 60);
setTimeout(() => console.log('timeout 10'), 10);
const start = performance.now();
while (performance.now() - start < 70) {}
