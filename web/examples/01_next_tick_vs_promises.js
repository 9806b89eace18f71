// nextTick vs promises
// All queued ticks run before any promise callback; a tick queued by a promise callback waits until the microtasks are done.
console.log('script start');

Promise.resolve()
  .then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('tick queued by promise 1'));
  })
  .then(() => console.log('promise 2'));

process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick queued by tick 1'));
  Promise.resolve().then(() => console.log('promise queued by tick 1'));
});
process.nextTick(() => console.log('tick 2'));

console.log('script end');
