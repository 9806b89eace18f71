// nextTick starving the event loop
// A nextTick callback that queues another keeps the loop from moving on: the immediate waits for all 1000 ticks.
let ticks = 0;

function again() {
  ticks++;
  if (ticks < 1000) process.nextTick(again);
}

setImmediate(() => console.log(`immediate: ran after ${ticks} ticks`));
process.nextTick(again);
console.log('main script done');
