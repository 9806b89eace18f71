process.on('uncaughtException', (e) => console.log('caught', e.message));
const busy = (ms) => { const s = performance.now(); while (performance.now() - s < ms) {} };
setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i2'));
  setTimeout(() => console.log('timeout'), 1);
  busy(5);
  throw new Error('i1');
});
