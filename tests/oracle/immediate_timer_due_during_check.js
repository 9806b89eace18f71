// A timer that becomes due while an immediate blocks runs after the check phase and before the
// immediates queued during it (libuv >= 1.45: check, close, timers, then the next iteration).
setImmediate(() => {
  setImmediate(() => console.log('immediate queued in check'));
  setTimeout(() => console.log('timeout 0'), 0);
  const start = Date.now();
  while (Date.now() - start < 10) {}
  console.log('first immediate ends');
});
