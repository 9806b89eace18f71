// listeners / rawListeners / listenerCount / eventNames and the static helpers.
const EventEmitter = require('events');
const e = new EventEmitter();
const sym = Symbol('tick');
function f() {}
e.on('a', f);
e.on('a', f);
e.once('a', function g() {});
e.on(sym, () => {});
console.log(e.listeners('a').map((l) => l.name));
console.log(e.rawListeners('a').map((l) => l.name));
console.log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('none'));
console.log(e.eventNames());
console.log(EventEmitter.listenerCount(e, 'a'), EventEmitter.getEventListeners(e, 'a').length);
console.log(EventEmitter.getMaxListeners(e), e.getMaxListeners());
e.removeListener('a', f);
console.log(e.listenerCount('a'), e.listenerCount('a', f));
console.log(require('events') === EventEmitter.EventEmitter, require('node:events') === EventEmitter);
console.log(EventEmitter.errorMonitor, EventEmitter.captureRejectionSymbol, EventEmitter.captureRejections);
console.log(typeof EventEmitter.on, typeof EventEmitter.once, EventEmitter.defaultMaxListeners);
