// A rejection skips then handlers one hop at a time: a catch further down runs later.
Promise.reject(new Error('r'))
  .then(() => {})
  .then(() => {})
  .catch(() => console.log('catch after two thens'));
Promise.reject(new Error('r'))
  .catch(() => console.log('catch right away'));
Promise.reject(new Error('r'))
  .then(null, () => console.log('then(null, onRejected) right away'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
