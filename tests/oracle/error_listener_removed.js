// Removing the uncaughtException listener restores the crash.
function handler(e) { console.log('handled', e.message); }
process.on('uncaughtException', handler);
setTimeout(() => {
  process.off('uncaughtException', handler);
  throw new Error('after removal');
}, 60);
setTimeout(() => { throw new Error('with listener'); }, 1);
