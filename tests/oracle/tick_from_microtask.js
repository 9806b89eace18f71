// A tick queued from a microtask waits until the whole microtask queue, including reactions queued
// while it drains, is empty.
Promise.resolve()
  .then(() => {
    console.log('then 1');
    process.nextTick(() => console.log('tick from then 1'));
  })
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
queueMicrotask(() => console.log('microtask'));
