// util.promisify(crypto.pbkdf2): the pool request resolves a promise, so the code after `await`
// runs as a microtask right after the completion callback, before the next timer.
const util = require('util');
const crypto = require('crypto');

const pbkdf2 = util.promisify(crypto.pbkdf2);
async function derive() {
  console.log('deriving');
  const key = await pbkdf2('secret', 'salt', 1000, 16, 'sha256');
  console.log('awaited', key.toString('hex'));
  process.nextTick(() => console.log('tick after await'));
  setTimeout(() => console.log('timeout after await'), 0);
}
derive().then(() => console.log('derive resolved'));
setTimeout(() => console.log('timeout 100 ms'), 100);
console.log('main script done');
