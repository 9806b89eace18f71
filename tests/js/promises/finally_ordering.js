// finally: runs for both outcomes, passes values and rejections through, and its extra hops.
Promise.resolve('value')
  .finally(() => console.log('finally 1 (fulfilled)'))
  .then((v) => console.log('after finally, value passed through:', v));
Promise.reject(new Error('reason'))
  .finally(() => console.log('finally 2 (rejected)'))
  .catch((e) => console.log('after finally, rejection passed through:', e.message));
Promise.resolve('ignored')
  .finally(() => 'finally return values are ignored')
  .then((v) => console.log('still the original value:', v));
Promise.resolve('x')
  .finally(() => { throw new Error('finally threw'); })
  .catch((e) => console.log('a throw in finally replaces the value:', e.message));
Promise.resolve('y')
  .finally(() => Promise.reject(new Error('finally rejected')))
  .catch((e) => console.log('a rejected promise in finally replaces it too:', e.message));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'))
  .then(() => console.log('tick 5'));
