// util.promisify(zlib.gzip) / gunzip: two chained pool requests awaited in an async function,
// interleaved with a timer that is due long after both.
const util = require('util');
const zlib = require('zlib');

const gzip = util.promisify(zlib.gzip);
const gunzip = util.promisify(zlib.gunzip);
(async () => {
  const packed = await gzip('compress me, '.repeat(100));
  console.log('gzipped', packed[0], packed[1]);
  const back = await gunzip(packed);
  console.log('gunzipped', back.length, back.toString().slice(0, 12));
  try {
    await gunzip(Buffer.from('not gzip'));
  } catch (err) {
    console.log('rejected', err.code, err.message);
  }
})();
setTimeout(() => console.log('timeout 200 ms'), 200);
