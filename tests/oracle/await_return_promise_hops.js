// `return p` from an async function settles two hops later than `return await p`.
const p = Promise.resolve('v');
async function returnsPromise() { return p; }
async function returnsAwaited() { return await p; }
returnsPromise().then(() => console.log('return p settled'));
returnsAwaited().then(() => console.log('return await p settled'));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'))
  .then(() => console.log('hop 4'))
  .then(() => console.log('hop 5'));
