// The nextTick queue drains completely (including ticks added while draining) before promises.
let ticks = 0;
function tick() {
  ticks++;
  if (ticks < 5) process.nextTick(tick);
  console.log('nextTick', ticks);
}
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise after', ticks, 'ticks'));
let micro = 0;
function chain() {
  micro++;
  if (micro < 3) {
    Promise.resolve().then(chain);
    const queuedBy = micro;
    process.nextTick(() => console.log('nextTick queued by microtask', queuedBy));
  }
  console.log('microtask', micro);
}
Promise.resolve().then(chain);
setTimeout(() => console.log('timeout last, ticks =', ticks, 'micro =', micro), 0);
