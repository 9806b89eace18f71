// More listeners than the limit (10 by default) prints one MaxListenersExceededWarning per event
// name, on stderr, from a later tick; setMaxListeners changes the limit, 0 removes it.
const EventEmitter = require('events');
const e = new EventEmitter();
for (let i = 0; i < 12; i++) e.on('data', () => {});
console.log('limit', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
const f = new EventEmitter();
f.setMaxListeners(2);
f.on('a', () => {});
f.on('a', () => {});
console.log('two is fine');
f.on('a', () => {});
const g = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) g.on('b', () => {});
console.log('end of script', g.getMaxListeners());
