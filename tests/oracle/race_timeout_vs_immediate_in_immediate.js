// Inside an immediate, setTimeout(0) against setImmediate is a race too: the timer runs first only
// when a millisecond boundary passes before the timers phase.
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
