// A rejection whose handler is attached by a later microtask of the same drain is handled in time:
// rejections are only examined once the tick and microtask queues are empty.
const p = Promise.reject(new Error('handled two hops later'));
Promise.resolve()
  .then(() => console.log('hop 1'))
  .then(() => p.catch((e) => console.log('caught', e.message)));
process.on('exit', (code) => console.log('exit', code));
