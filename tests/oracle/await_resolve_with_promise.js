// Resolving a promise with another promise costs two extra hops.
const inner = Promise.resolve('inner');
new Promise((resolve) => resolve(inner)).then(() => console.log('resolved with a promise'));
new Promise((resolve) => resolve('plain')).then(() => console.log('resolved with a value'));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'));
