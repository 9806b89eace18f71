// Microtasks vs process.nextTick vs setTimeout vs setImmediate inside promise code.
// Everything starts inside a timer callback: there, setImmediate always runs before a new
// setTimeout(0) (the check phase comes before the next timers phase). At the top level of the
// main module that order would depend on process start-up time.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick 1'));
  Promise.resolve().then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('nextTick queued inside a promise'));
    Promise.resolve().then(() => console.log('promise queued inside a promise'));
  });
  queueMicrotask(() => console.log('queueMicrotask'));
  process.nextTick(() => {
    console.log('nextTick 2');
    Promise.resolve().then(() => console.log('promise queued inside a nextTick'));
  });
  console.log('sync part of the timer callback');
}, 0);
process.nextTick(() => console.log('top-level nextTick'));
Promise.resolve().then(() => console.log('top-level promise'));
console.log('sync');
