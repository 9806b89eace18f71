// Thousands of ticks all run, in order, before the first immediate.
let count = 0;
let inOrder = true;
for (let i = 0; i < 5000; i++) {
  process.nextTick(() => {
    if (count !== i) inOrder = false;
    count++;
  });
}
setImmediate(() => console.log('immediate sees', count, 'ticks, in order:', inOrder));
