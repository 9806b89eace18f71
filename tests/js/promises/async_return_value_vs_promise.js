// An async function returning a value vs returning a promise: the promise costs extra hops.
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
async function awaitsPromise() { return await Promise.resolve('awaited'); }
returnsValue().then((v) => console.log('resolved:', v));
returnsPromise().then((v) => console.log('resolved:', v));
awaitsPromise().then((v) => console.log('resolved:', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
