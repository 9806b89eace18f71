// Intervals and clearInterval
// The interval runs every 20 ms until run 3 clears it; the 5 ms timeout queued by run 2 comes first: timers run in due order.
let count = 0;
const interval = setInterval(() => {
  count++;
  console.log(`interval run ${count}`);
  if (count === 2) {
    setTimeout(() => console.log('timeout queued by run 2'), 5);
  }
  if (count === 3) {
    clearInterval(interval);
    console.log('interval cleared: nothing keeps the process alive');
  }
}, 20);

console.log('main script done');
