// Bad options reject the promise (they do not throw); setInterval's iterator rejects at the first
// next().
const tp = require('timers/promises');
tp.setTimeout(10, 'v', 5).catch((err) => console.log('setTimeout', err.code, err.message));
tp.setTimeout(10, 'v', { ref: 'yes' }).catch((err) => console.log('ref', err.code, err.message));
tp.setImmediate('v', null).catch((err) => console.log('setImmediate', err.code, err.message));
const it = tp.setInterval(10, 'v', 'bad');
console.log(typeof it.next, typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
it.next().catch((err) => console.log('interval', err.code, err.message));
console.log('end of script');
