// Promise printing: pending, fulfilled with values, rejected (handled so the process survives).
const pending = new Promise(() => {});
const fulfilled = Promise.resolve(1);
const fulfilledObj = Promise.resolve({ a: [1, 2] });
const rejected = Promise.reject('reason string');
rejected.catch(() => {});
const rejectedNum = Promise.reject(42);
rejectedNum.catch(() => {});
console.log(pending, fulfilled, fulfilledObj);
console.log(rejected, rejectedNum);
console.log([fulfilled, pending], { p: Promise.resolve(undefined) });
const later = Promise.resolve().then(() => 'later');
console.log('right after then:', later);
setTimeout(() => console.log('after a timer:', later), 0);
const nested = Promise.resolve(Promise.resolve('inner'));
console.log(nested);
async function af() { return 'async result'; }
const ap = af();
console.log(ap);
Promise.resolve().then(() => console.log('one hop later:', ap));
const p2 = Promise.resolve('with prop');
p2.extra = 1;
console.log(p2);
