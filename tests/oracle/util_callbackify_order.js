// callbackify(asyncFn)(..., cb): cb runs in a nextTick after the promise settles, so it comes
// after the microtasks queued with the settlement and after the ticks already queued.
const util = require('util');
async function double(x) {
  console.log('double runs synchronously', x);
  return x * 2;
}
const doubleCb = util.callbackify(double);
console.log(doubleCb.name, doubleCb.length);
doubleCb(21, (err, result) => console.log('callback', err, result));
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick'));
console.log('end of script');
