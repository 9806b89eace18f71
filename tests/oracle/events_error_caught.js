// With an 'error' listener, emit('error') is an ordinary event; errorMonitor listeners see the
// error first, and do not count as handling it.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('first')));
const lone = new EventEmitter();
lone.on(errorMonitor, (err) => console.log('monitor only', err.message));
try {
  lone.emit('error', new Error('second'));
} catch (err) {
  console.log('thrown', err.message);
}
