// Promise.all settles one hop after its last element's reaction.
Promise.all([Promise.resolve(1), Promise.resolve(2), 3]).then((v) => console.log('all', v));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'));
