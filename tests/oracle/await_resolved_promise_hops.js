// Awaiting an already-resolved native promise also costs one hop (PromiseResolve reuses it).
async function f() {
  await Promise.resolve('x');
  console.log('after await resolved promise');
}
f();
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'));
