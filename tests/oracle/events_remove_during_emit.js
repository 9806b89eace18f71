// emit iterates over a copy of the listener list: removing or adding a listener during an emit
// changes the next emit, not the current one.
const EventEmitter = require('events');
const e = new EventEmitter();
function b() {
  console.log('b');
}
e.on('x', () => {
  console.log('a removes b and adds d');
  e.removeListener('x', b);
  e.on('x', () => console.log('d'));
});
e.on('x', b);
e.on('x', () => console.log('c'));
e.emit('x');
console.log('--- second emit');
e.emit('x');
