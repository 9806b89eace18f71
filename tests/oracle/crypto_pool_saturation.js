// Six pbkdf2 requests on the default pool of four threads: the first four run at once and the
// last two wait for a free thread, so requests 0-3 complete before requests 4 and 5. The last two
// do three times the work, so a loaded machine that starves one of the first four threads for a
// while still finishes it first (margins: NODE-SEMANTICS' rule for timing-dependent cases).
const crypto = require('crypto');

const order = [];
for (let i = 0; i < 6; i++) {
  crypto.pbkdf2('secret', 'salt', i < 4 ? 50000 : 150000, 64, 'sha512', (err, key) => {
    order.push(i);
    if (order.length === 6) {
      const byNumber = (a, b) => a - b;
      console.log('first four done', order.slice(0, 4).sort(byNumber).join(' '));
      console.log('last two done', order.slice(4).sort(byNumber).join(' '));
      console.log('key', key.toString('hex').slice(0, 16));
    }
  });
}
console.log('six requests submitted');
