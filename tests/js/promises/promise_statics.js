// Promise.resolve and Promise.reject with every kind of value, and their instanceof/identity.
const values = [1, 'str', null, undefined, { a: 1 }, [1, 2]];
Promise.all(values.map((v) => Promise.resolve(v))).then((r) => console.log('resolved:', r));
const reasons = [];
Promise.allSettled(values.map((v) => Promise.reject(v))).then((rs) => {
  console.log('rejected reasons:', rs.map((r) => r.reason));
});
const rejectedWithPromise = Promise.reject(Promise.resolve('inner'));
rejectedWithPromise.catch((r) => console.log('reject does not unwrap:', r instanceof Promise));
console.log(Promise.resolve() instanceof Promise, typeof Promise.resolve().then, Object.prototype.toString.call(Promise.reject(0).catch(() => {})));
console.log(Object.getOwnPropertyNames(Promise).sort().join(' '));
console.log(Object.getOwnPropertyNames(Promise.prototype).sort().join(' '));
