// Awaiting a non-native thenable costs two hops: one job to call its then, one for the callback.
const thenable = { then(resolve) { console.log('then called'); resolve('t'); } };
async function f() {
  const v = await thenable;
  console.log('after await thenable', v);
}
f();
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'))
  .then(() => console.log('hop 4'));
