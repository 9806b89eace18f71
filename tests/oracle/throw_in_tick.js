process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('tick1'); });
process.nextTick(() => console.log('tick2'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timeout'), 0);
