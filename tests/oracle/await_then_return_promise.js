// Returning a promise from a then callback also costs two extra hops.
Promise.resolve()
  .then(() => Promise.resolve('returned'))
  .then((v) => console.log('got', v));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'))
  .then(() => console.log('hop 4'));
