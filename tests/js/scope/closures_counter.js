// Closures keep their variables alive and private.
function makeCounter(start) {
  let count = start;
  return {
    inc() { return ++count; },
    dec() { return --count; },
    get value() { return count; },
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.value, b.value, a.inc(), b.inc());
function once(fn) {
  let done = false, result;
  return (...args) => {
    if (!done) { done = true; result = fn(...args); }
    return result;
  };
}
const init = once((x) => { console.log('init ran with', x); return x * 2; });
console.log(init(5), init(6), init(7));
function memo(fn) {
  const cache = new Map();
  let misses = 0;
  const wrapped = (n) => {
    if (!cache.has(n)) { misses++; cache.set(n, fn(n)); }
    return cache.get(n);
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const square = memo((n) => n * n);
console.log(square(4), square(4), square(5), 'misses', square.misses());
const adders = [];
for (let k = 1; k <= 3; k++) adders.push((x) => x + k);
console.log(adders.map((f) => f(10)));
function outer() {
  let shared = 0;
  const incr = () => shared++;
  const read = () => shared;
  return [incr, read];
}
const [incr, read] = outer();
incr(); incr(); incr();
console.log('shared', read());
