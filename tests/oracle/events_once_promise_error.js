// events.once rejects with the error when 'error' is emitted first, and removes its listener.
const EventEmitter = require('events');
const e = new EventEmitter();
EventEmitter.once(e, 'done').then(
  () => console.log('resolved'),
  (err) => console.log('rejected', err.message, e.listenerCount('done'), e.listenerCount('error')));
e.emit('error', new Error('bad'));
EventEmitter.once(e, 'error').then(([err]) => console.log('waited for error', err.message));
e.emit('error', new Error('expected'));
