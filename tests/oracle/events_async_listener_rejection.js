// Without captureRejections, a rejection from an async listener is an ordinary unhandled
// rejection: emit returns normally and the process crashes after the microtasks drain.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('exit', (code) => console.log('exit', code));
e.on('work', async () => {
  console.log('listener starts');
  await null;
  throw new Error('rejected in listener');
});
console.log('emit returned', e.emit('work'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('never'), 0);
