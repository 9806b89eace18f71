// once: the wrapper removes itself before calling the listener, so an emit from inside the
// listener does not call it again; later emits find no listener.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('ping', function (n) {
  console.log('once', n, this === e, e.listenerCount('ping'));
  console.log('inner emit', e.emit('ping', n + 1));
});
console.log('first', e.emit('ping', 1));
console.log('second', e.emit('ping', 10));
const f = () => console.log('never');
e.once('x', f);
e.removeListener('x', f);
console.log('removed by original', e.emit('x'), e.listenerCount('x'));
