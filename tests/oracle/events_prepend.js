// prependListener and prependOnceListener put the listener first.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('on 1'));
e.on('x', () => console.log('on 2'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
e.emit('x');
console.log('---');
e.emit('x');
console.log(e.listeners('x').length);
