// The loop phases in one iteration
// From an I/O callback (poll) the loop goes to check (setImmediate), then around to timers; ticks and microtasks follow each callback.
const fs = require('fs');

fs.readFile(__filename, () => {
  console.log('poll: readFile callback');
  setTimeout(() => console.log('timers: timeout, in the next iteration'), 0);
  setImmediate(() => {
    console.log('check: immediate');
    process.nextTick(() => console.log('  tick queued by the immediate'));
  });
  Promise.resolve().then(() => console.log('  microtask: after the ticks'));
  process.nextTick(() => console.log('  tick: right after the callback'));
});

setImmediate(() => console.log('check: immediate from the main script'));
console.log('main script: runs to the end first');
