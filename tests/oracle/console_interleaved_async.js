// Output from every kind of callback, in the order the loop runs them.
console.log('1 main');
setTimeout(() => console.log('6 timeout'), 5);
setImmediate(() => console.log('7 immediate'));
Promise.resolve().then(() => console.log('4 promise'));
process.nextTick(() => console.log('3 tick'));
queueMicrotask(() => console.log('5 microtask'));
console.log('2 main end');
const start = Date.now();
while (Date.now() - start < 15) {}
