// A nested emit runs to completion before the outer emit continues.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('outer', () => {
  console.log('outer 1 start');
  e.emit('inner', 'a');
  console.log('outer 1 end');
});
e.on('outer', () => console.log('outer 2'));
e.on('inner', (v) => console.log('inner', v));
e.emit('outer');
