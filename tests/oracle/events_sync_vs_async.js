// emit is synchronous: listeners run before ticks, microtasks and timers queued earlier.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', (n) => console.log('listener', n));
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
e.emit('go', 1);
process.nextTick(() => e.emit('go', 'from tick'));
Promise.resolve().then(() => e.emit('go', 'from promise'));
setTimeout(() => e.emit('go', 'from timeout'), 0);
e.emit('go', 2);
console.log('end of script');
