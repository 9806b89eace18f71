// finally(cb) passes the value on two hops after a plain then would.
Promise.resolve('v')
  .finally(() => console.log('finally'))
  .then((v) => console.log('after finally', v));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => console.log('hop 2'))
  .then(() => console.log('hop 3'))
  .then(() => console.log('hop 4'));
