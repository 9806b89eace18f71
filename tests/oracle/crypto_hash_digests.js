// Digests and HMACs in every output encoding, incremental updates, copy(), and node's errors.
const crypto = require('crypto');

const fox = 'The quick brown fox jumps over the lazy dog';
for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
  console.log(algorithm, crypto.createHash(algorithm).update(fox).digest('hex'));
}
console.log('base64', crypto.createHash('sha256').update('abc').digest('base64'));
console.log('base64url', crypto.createHash('sha256').update('abc').digest('base64url'));
const buffer = crypto.createHash('sha1').update('abc').digest();
console.log('buffer', Buffer.isBuffer(buffer), buffer.length, buffer.toString('hex'));

const hash = crypto.createHash('sha256');
hash.update('The quick ').update(Buffer.from('brown fox '));
const copy = hash.copy();
hash.update('jumps over the lazy dog');
copy.update('sleeps');
console.log('split', hash.digest('hex') === crypto.createHash('sha256').update(fox).digest('hex'));
console.log('copy', copy.digest('hex'));
console.log('encodings', crypto.createHash('md5').update('616263', 'hex').digest('hex'),
  crypto.createHash('md5').update('YWJj', 'base64').digest('hex'));

console.log('hmac', crypto.createHmac('sha256', 'key').update(fox).digest('hex'));
console.log('hmac long key', crypto.createHmac('sha512', 'k'.repeat(300)).update('data').digest('base64'));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('unknown', () => crypto.createHash('nope'));
attempt('no algorithm', () => crypto.createHash());
attempt('bad data', () => crypto.createHash('sha256').update(42));
attempt('twice', () => {
  const h = crypto.createHash('sha256');
  h.digest();
  h.digest();
});
attempt('hmac digest', () => crypto.createHmac('sha3', 'key'));
attempt('odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
