// Ticks and microtasks queued by a timer callback run before the next timer of the same list.
for (const name of ['a', 'b', 'c']) {
  setTimeout(() => {
    console.log('timer', name);
    process.nextTick(() => console.log('tick after', name));
    Promise.resolve().then(() => console.log('promise after', name));
  }, 10);
}
