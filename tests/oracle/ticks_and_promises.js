console.log('main');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick1'));
Promise.resolve().then(() => { console.log('promise1'); process.nextTick(() => console.log('tick from promise')); });
queueMicrotask(() => console.log('microtask2'));
process.nextTick(() => { console.log('tick2'); Promise.resolve().then(() => console.log('promise from tick')); });
const start = performance.now(); while (performance.now() - start < 3) {}
console.log('main end');
