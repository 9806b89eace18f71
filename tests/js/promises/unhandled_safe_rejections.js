// Rejections that are handled later in the same microtask turn, and handled rejections in chains.
const p = Promise.reject(new Error('handled synchronously'));
p.catch((e) => console.log('caught:', e.message));
const q = Promise.reject(new Error('handled in a microtask'));
Promise.resolve().then(() => q.catch((e) => console.log('caught later:', e.message)));
const chain = Promise.resolve()
  .then(() => { throw new Error('in chain'); })
  .then(() => 'skipped');
chain.catch((e) => console.log('chain rejection handled:', e.message));
async function bad() { throw new RangeError('async throw'); }
bad().catch((e) => console.log(e.name + ': ' + e.message));
