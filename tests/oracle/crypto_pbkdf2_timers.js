// An async pbkdf2 runs on the thread pool: the main script, ticks and a short timer come first,
// its callback arrives in the poll phase, and a long timer fires after it.
const crypto = require('crypto');

setTimeout(() => console.log('timeout 1 ms'), 1);
setTimeout(() => console.log('timeout 300 ms'), 300);
crypto.pbkdf2('secret', 'salt', 100000, 32, 'sha256', (err, key) => {
  console.log('pbkdf2 done', err, key.toString('hex'));
  setImmediate(() => console.log('immediate after pbkdf2'));
  process.nextTick(() => console.log('tick after pbkdf2'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('main script done');
