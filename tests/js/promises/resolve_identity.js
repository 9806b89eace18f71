// Promise.resolve(p) returns p itself for native promises; new Promise(r => r(p)) does not.
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
const wrapped = new Promise((r) => r(p));
console.log(wrapped === p);
class MyPromise extends Promise {}
const mine = MyPromise.resolve(2);
console.log(Promise.resolve(mine) === mine, MyPromise.resolve(mine) === mine, mine instanceof MyPromise);
const thenable = { then(r) { r(3); } };
console.log(Promise.resolve(thenable) === thenable, Promise.resolve(thenable) instanceof Promise);
Promise.resolve(thenable).then((v) => console.log('thenable resolved to', v));
wrapped.then((v) => console.log('wrapped resolved to', v));
console.log('sync end');
