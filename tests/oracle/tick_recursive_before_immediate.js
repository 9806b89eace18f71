// A tick that queues itself again keeps the loop from reaching the check phase until it stops.
let n = 0;
function again() {
  n++;
  if (n < 2000) process.nextTick(again);
}
setImmediate(() => console.log('immediate after', n, 'ticks'));
process.nextTick(again);
