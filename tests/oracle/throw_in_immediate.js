process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => { process.nextTick(() => console.log('tick from i1')); throw new Error('i1'); });
setImmediate(() => console.log('i2'));
setImmediate(() => console.log('i3'));
