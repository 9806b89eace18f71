// queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('micro 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('micro 2'));
Promise.resolve().then(() => console.log('then 2'));
console.log('sync');
