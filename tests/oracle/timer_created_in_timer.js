// A timer created by a timer callback never runs in the same timers pass, even with delay 0.
setTimeout(() => {
  console.log('a');
  setTimeout(() => console.log('created by a'), 0);
}, 20);
setTimeout(() => console.log('b'), 20);
