// process is an EventEmitter: on, once, off, emit, listenerCount.
function a(x) { console.log('a', x); }
function b(x) { console.log('b', x); }
process.on('custom', a);
process.once('custom', b);
console.log(process.listenerCount('custom'));
process.emit('custom', 1);
process.emit('custom', 2);
process.off('custom', a);
console.log(process.emit('custom', 3), process.listenerCount('custom'));
