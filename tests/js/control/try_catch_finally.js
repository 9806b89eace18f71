// try/catch/finally: order, rethrow from catch, nested handlers, catch scope, retry loops.
function order() {
  const log = [];
  try {
    log.push('try');
    throw new Error('boom');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  return log;
}
console.log(order());
function rethrow() {
  try {
    try {
      throw new TypeError('inner');
    } catch (e) {
      console.log('inner catch', e.message);
      throw new RangeError('rethrown as ' + e.name);
    } finally {
      console.log('inner finally');
    }
  } catch (e) {
    console.log('outer catch', e.name, e.message);
  }
}
rethrow();
function catchScope() {
  const e = 'outer e';
  try { throw 'inner'; } catch (e) { /* shadowed */ }
  return e;
}
console.log(catchScope());
let count = 0;
function retry() {
  for (;;) {
    try {
      count++;
      if (count < 3) throw new Error('fail ' + count);
      return 'succeeded after ' + count;
    } catch (e) {
      console.log('retrying after', e.message);
    }
  }
}
console.log(retry());
