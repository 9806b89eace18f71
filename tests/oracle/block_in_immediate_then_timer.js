// A timer falling due while an immediate blocks runs before the immediates that immediate queued.
setTimeout(() => console.log('timeout at 30'), 30);
setImmediate(() => {
  console.log('immediate 1 blocks');
  setImmediate(() => console.log('immediate 2'));
  const start = performance.now();
  while (performance.now() - start < 40) {}
});
