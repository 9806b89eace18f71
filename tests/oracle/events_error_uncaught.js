// emit('error', err) with no 'error' listener throws err: uncaught, the process dies with code 1
// after 'exit' listeners run.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('exit', (code) => console.log('exit', code));
e.on('data', () => console.log('data'));
e.emit('data');
setTimeout(() => console.log('never'), 0);
e.emit('error', new Error('boom'));
console.log('not reached');
