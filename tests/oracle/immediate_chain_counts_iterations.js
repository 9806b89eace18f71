// Each immediate that queues the next one runs one loop iteration later: a timer that is due long
// before still gets its turn between them.
let n = 0;
function next() {
  n++;
  if (n === 1) {
    const start = performance.now();
    while (performance.now() - start < 40) {}
  }
  if (n < 3) setImmediate(next);
  else console.log('last immediate', n);
}
setTimeout(() => console.log('timeout at 30 runs after immediate', n), 30);
setImmediate(next);
