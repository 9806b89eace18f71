// Ticks and microtasks from the main script run before the first immediate; those queued by an
// immediate run before the next.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
process.nextTick(() => console.log('tick from main'));
Promise.resolve().then(() => console.log('promise from main'));
