// Wrapping callback APIs in promises, and a retry loop with await.
function legacy(value, cb) {
  setTimeout(() => (value < 0 ? cb(new Error('negative: ' + value)) : cb(null, value * 2)), 1);
}
const promisified = (v) => new Promise((resolve, reject) => legacy(v, (err, res) => (err ? reject(err) : resolve(res))));
promisified(21).then((v) => console.log('promisified ok', v));
promisified(-1).catch((e) => console.log('promisified error', e.message));
let attempts = 0;
function flaky() {
  attempts++;
  return attempts < 3 ? Promise.reject(new Error('attempt ' + attempts + ' failed')) : Promise.resolve('ok on attempt ' + attempts);
}
async function retry(fn, times) {
  for (let i = 0; i < times; i++) {
    try {
      return await fn();
    } catch (e) {
      console.log('retry after:', e.message);
    }
  }
  throw new Error('gave up');
}
retry(flaky, 5).then(console.log);
