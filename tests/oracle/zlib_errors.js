// Bad input gives zlib's messages with node's codes, thrown by the Sync forms and passed to the
// callback by the others.
const zlib = require('zlib');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.errno, err.message);
  }
}
const packed = zlib.gzipSync('hello');
attempt('not zlib', () => zlib.inflateSync(Buffer.from('hello')));
attempt('not gzip', () => zlib.gunzipSync(Buffer.from('hello world')));
attempt('truncated', () => zlib.gunzipSync(packed.subarray(0, packed.length - 4)));
const corrupt = Buffer.from(packed);
corrupt[corrupt.length - 8] ^= 0xff;
attempt('bad crc', () => zlib.gunzipSync(corrupt));
attempt('bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
attempt('too large', () => zlib.gunzipSync(zlib.gzipSync('x'.repeat(100)), { maxOutputLength: 10 }));
attempt('bad level', () => zlib.gzipSync('a', { level: 12 }));
attempt('bad input', () => zlib.gzipSync(42));
attempt('no callback', () => zlib.gzip('a'));
zlib.inflate(Buffer.from('not deflate data'), (err, result) => {
  console.log('async error', err.code, err.errno, err.message, result);
});
