// async/await ordering
// An await of a plain value costs one microtask hop, like a .then; an async function returning a promise costs two more.
async function first() {
  console.log('first: start');
  await undefined;
  console.log('first: after one await');
  await null;
  console.log('first: after two awaits');
}

async function second() {
  return Promise.resolve('value');
}

console.log('script start');
first();
second().then(() => console.log('second: resolved'));
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'))
  .then(() => console.log('then 4'));
console.log('script end');
