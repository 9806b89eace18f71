// Bad arguments are rejected with node's coded errors.
const EventEmitter = require('events');
const e = new EventEmitter();
const attempts = [
  () => e.on('x', 'not a function'),
  () => e.once('x'),
  () => e.removeListener('x', null),
  () => e.setMaxListeners(-1),
  () => e.setMaxListeners('5'),
  () => { EventEmitter.defaultMaxListeners = -5; },
  () => EventEmitter.getMaxListeners({}),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
