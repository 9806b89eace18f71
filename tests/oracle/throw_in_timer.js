process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => { process.nextTick(() => console.log('tick from t1')); throw new Error('t1'); }, 1);
setTimeout(() => console.log('t2'), 1);
const s = performance.now(); while (performance.now() - s < 5) {}
