// An error thrown by a listener propagates out of emit: the following listeners do not run.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('one'));
e.on('x', () => {
  throw new Error('listener failed');
});
e.on('x', () => console.log('three'));
try {
  e.emit('x');
} catch (err) {
  console.log('caught', err.message);
}
process.nextTick(() => e.emit('x'));
