// events.once returns a promise of the arguments array; it settles some microtask hops after
// the emit (it is an async function returning a promise), interleaved with other promise chains.
const EventEmitter = require('events');
const { once } = EventEmitter;
const e = new EventEmitter();
once(e, 'ready').then((args) => console.log('once resolved', args));
(async () => {
  const [value] = await once(e, 'ready');
  console.log('awaited', value);
})();
console.log('listeners', e.listenerCount('ready'), e.listenerCount('error'));
e.emit('ready', 42, 'extra');
console.log('after emit', e.listenerCount('ready'), e.listenerCount('error'));
let hop = 0;
const step = () => {
  console.log('hop', ++hop);
  if (hop < 5) Promise.resolve().then(step);
};
Promise.resolve().then(step);
process.nextTick(() => console.log('tick'));
