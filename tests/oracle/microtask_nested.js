// A microtask queued by a microtask runs in the same drain, before timers and immediates.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
queueMicrotask(() => {
  console.log('micro 1');
  queueMicrotask(() => {
    console.log('micro 1.1');
    queueMicrotask(() => console.log('micro 1.1.1'));
  });
});
queueMicrotask(() => console.log('micro 2'));
const start = Date.now();
while (Date.now() - start < 10) {}
