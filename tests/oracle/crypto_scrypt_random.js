// scrypt and randomBytes with callbacks go through the pool, one after the other; random values
// are not printed (they differ on every node run), only their shape.
const crypto = require('crypto');

crypto.scrypt('password', 'NaCl', 16, { cost: 1024, blockSize: 8, parallelization: 1 }, (err, key) => {
  console.log('scrypt', err, key.toString('hex'));
  crypto.randomBytes(32, (err2, bytes) => {
    console.log('randomBytes', err2, bytes.length, Buffer.isBuffer(bytes));
  });
});
const uuid = crypto.randomUUID();
console.log('uuid v4', uuid.split('-').map((part) => part.length).join(), uuid[14], '89ab'.includes(uuid[19]));
const n = crypto.randomInt(10, 20);
console.log('randomInt in range', n >= 10 && n < 20 && Number.isInteger(n));
console.log('randomBytes sync', crypto.randomBytes(8).length);
console.log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
try {
  crypto.scryptSync('a', 'b', 16, { N: 3 });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  crypto.pbkdf2('a', 'b', 1, 16, 'sha256');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
