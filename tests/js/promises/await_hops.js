// await of a native promise takes 1 hop, of a thenable 2, of a plain value 1.
async function awaitNative() {
  await Promise.resolve();
  console.log('after await native promise');
}
async function awaitValue() {
  await 42;
  console.log('after await plain value');
}
async function awaitThenable() {
  await { then(r) { r(); } };
  console.log('after await thenable');
}
async function awaitPending() {
  await new Promise((r) => setTimeout(r, 0));
  console.log('after await of a timer promise');
}
awaitNative();
awaitValue();
awaitThenable();
awaitPending();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
console.log('sync end');
