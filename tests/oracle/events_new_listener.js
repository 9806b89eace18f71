// 'newListener' is emitted before the listener is added; 'removeListener' after it is removed.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, listener) => {
  console.log('newListener', name, typeof listener, 'count now', e.listenerCount(name));
});
e.on('removeListener', (name) => {
  console.log('removeListener', name, 'count now', e.listenerCount(name));
});
function f() {}
e.on('data', f);
e.on('data', () => {});
e.once('data', function g() {});
e.removeListener('data', f);
e.emit('data');
console.log('final', e.listenerCount('data'), e.eventNames());
