// Ticks and microtasks alternate: each tick round is followed by a full microtask drain.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise from A');
    process.nextTick(() => console.log('tick from promise'));
    Promise.resolve().then(() => console.log('promise from promise'));
  });
});
process.nextTick(() => console.log('tick B'));
