// promisify(f) calls f at once (synchronously) with a callback appended; the callback's first
// argument rejects, its second resolves; only the first value is kept.
const util = require('util');
function add(a, b, callback) {
  console.log('add called with', a, b);
  setTimeout(() => callback(null, a + b, 'ignored'), 5);
}
function fail(callback) {
  process.nextTick(() => callback(new Error('failed')));
}
const addAsync = util.promisify(add);
const failAsync = util.promisify(fail);
console.log(addAsync.name, addAsync.length, typeof addAsync[util.promisify.custom]);
addAsync(1, 2).then((sum) => console.log('sum', sum));
failAsync().catch((err) => console.log('rejected', err.message));
console.log('end of script');
