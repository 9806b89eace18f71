// emit calls the listeners synchronously, in the order they were added, with `this` = the emitter
// (arrow functions keep their own this), and returns whether anyone listened.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', function (a, b) {
  console.log('first', a, b, this === e);
});
e.on('data', (a) => console.log('second', a));
e.addListener('data', function named(...args) {
  console.log('third', args.length);
});
console.log('before');
console.log('returned', e.emit('data', 1, 2));
console.log('nobody returned', e.emit('nothing'));
console.log('after');
