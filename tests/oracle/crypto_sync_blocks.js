// pbkdf2Sync and scryptSync block the JS thread: a timer due meanwhile waits until they return.
const crypto = require('crypto');

const start = Date.now();
setTimeout(() => console.log('timeout 0 ran after', Date.now() - start >= 30 ? '>= 30 ms' : '< 30 ms'), 0);
const key = crypto.pbkdf2Sync('secret', 'salt', 50000, 64, 'sha512');
console.log('pbkdf2Sync', key.length, key.toString('hex').slice(0, 32));
const scrypted = crypto.scryptSync('secret', 'salt', 32, { N: 1024, r: 8, p: 1 });
console.log('scryptSync', scrypted.toString('hex'));
console.log('blocked', Date.now() - start >= 30 ? '>= 30 ms' : '< 30 ms');
