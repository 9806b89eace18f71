// Microtasks drain after each timer and each immediate callback, not after the whole phase.
// (Started from a timer callback so that the immediates deterministically run before the timers.)
setTimeout(() => {
  setTimeout(() => {
    console.log('timer 1');
    Promise.resolve().then(() => console.log('promise from timer 1'));
    process.nextTick(() => console.log('nextTick from timer 1'));
  }, 0);
  setTimeout(() => {
    console.log('timer 2');
    Promise.resolve().then(() => console.log('promise from timer 2'));
  }, 0);
  setImmediate(() => {
    console.log('immediate 1');
    Promise.resolve().then(() => console.log('promise from immediate 1'));
  });
  setImmediate(() => console.log('immediate 2'));
}, 0);
