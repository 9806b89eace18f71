// Ticks wait for the whole microtask queue; the chain's later steps run first.
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  p = p.then(() => {
    console.log('step', i);
    process.nextTick(() => console.log('tick queued at step', i));
  });
}
