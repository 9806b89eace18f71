// What an emitter looks like to console.log: node's private fields, one listener stored as a
// function, several as an array, once listeners as bound onceWrapper functions.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
e.on('x', () => {});
e.on('x', function named() {});
e.once('y', function onceListener() {});
console.log(e);
console.log(e.rawListeners('y')[0].listener === e.listeners('y')[0]);
class Sub extends EventEmitter {}
console.log(new Sub());
