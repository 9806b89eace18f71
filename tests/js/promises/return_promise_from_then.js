// Returning a promise from a then handler costs two extra microtask hops.
Promise.resolve()
  .then(() => {
    console.log('A1');
    return Promise.resolve('inner');
  })
  .then((v) => console.log('A2 got', v));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'))
  .then(() => console.log('B5'));
