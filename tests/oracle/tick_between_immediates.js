// Ticks and microtasks queued by an immediate run before the next immediate.
for (const name of ['a', 'b', 'c']) {
  setImmediate(() => {
    console.log('immediate', name);
    Promise.resolve().then(() => console.log('promise after', name));
    process.nextTick(() => console.log('tick after', name));
  });
}
