// randomBytes with a callback is a (short) pool request: it completes in the first poll phase,
// long before a 50 ms timer; the Sync form returns at once.
const crypto = require('crypto');

setTimeout(() => console.log('timeout 50 ms'), 50);
crypto.randomBytes(1024, (err, bytes) => {
  console.log('randomBytes callback', err, bytes.length);
});
console.log('sync bytes', crypto.randomBytes(16).length);
console.log('main script done');
