// setTimeout 0 vs setImmediate in the main module
// A race: the timeout wins only if a millisecond has passed when the loop first checks its timers. See the other orders.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('main script done');
