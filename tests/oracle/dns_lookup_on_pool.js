// dns.lookup runs getaddrinfo on the thread pool: its callback comes from the poll phase, after
// the main script's ticks and promises and well before a 1 s timer.
const dns = require('dns');
setTimeout(() => console.log('timeout 1000'), 1000);
dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('lookup', err, address, family);
  setImmediate(() => console.log('immediate after lookup'));
  setTimeout(() => console.log('timeout 0 after lookup'), 0);
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
