// Promise.all rejects with the first rejection; the others are ignored.
const wait = (ms, v, fail) => new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(v)) : resolve(v)), ms));
Promise.all([wait(10, 'a'), wait(70, 'b', true), wait(130, 'c', true)])
  .then(() => console.log('not reached'))
  .catch((e) => console.log('rejected with', e.message));
setTimeout(() => console.log('all timers done'), 200);
