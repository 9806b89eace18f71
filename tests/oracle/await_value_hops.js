// `await v` on a plain value resumes one microtask hop later.
async function f() {
  await 42;
  console.log('after await 42');
}
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'));
f();
