// captureRejections: a promise rejected by an async listener becomes an 'error' event on the next
// tick (without the option, it is an unhandled rejection).
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => {
  console.log('job', n);
  throw new Error('async failure ' + n);
});
e.on('error', (err) => console.log('error event', err.message));
e.emit('job', 1);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('end of script');
