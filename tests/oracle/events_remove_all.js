// removeAllListeners announces each removal when someone listens for 'removeListener': the
// listeners of an event last-first, and the 'removeListener' listeners themselves last.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('a', function a1() {});
e.on('a', function a2() {});
e.on('b', function b1() {});
e.on('removeListener', (name, listener) => console.log('removed', String(name), listener.name));
e.removeAllListeners('a');
console.log('names', e.eventNames());
e.on('a', function a3() {});
e.removeAllListeners();
console.log('names', e.eventNames(), e.listenerCount('removeListener'));
