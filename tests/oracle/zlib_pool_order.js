// Async zlib calls are pool requests: their callbacks come after the main script and its
// microtasks, and a long gzip is reported after a short one submitted later.
const zlib = require('zlib');

const big = Buffer.alloc(4 * 1024 * 1024, 'lorem ipsum dolor sit amet ');
zlib.gzip(big, () => console.log('big gzip done'));
zlib.deflate('small', () => console.log('small deflate done'));
setTimeout(() => console.log('timeout 500 ms'), 500);
Promise.resolve().then(() => console.log('microtask'));
console.log('main script done');
