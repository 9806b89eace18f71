// Measuring event loop delay
// monitorEventLoopDelay samples how late the loop runs; a timer callback that stays busy for 8 ms shows up as the maximum.
const { monitorEventLoopDelay } = require('perf_hooks');
const crypto = require('crypto');

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();

setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 8) {
    crypto.pbkdf2Sync('password', 'salt', 100, 32, 'sha256'); // blocks the loop
  }
  console.log('busy for 8 ms');
}, 5);

setTimeout(() => {
  histogram.disable();
  console.log(`samples taken: ${histogram.count > 0}`);
  console.log(`max delay at least 5 ms: ${histogram.max / 1e6 >= 5}`);
}, 25);
