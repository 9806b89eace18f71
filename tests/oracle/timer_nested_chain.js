// Nested timers: each waits its full delay from when it was created.
const start = Date.now();
setTimeout(() => {
  console.log('level 1', Date.now() - start >= 15);
  setTimeout(() => {
    console.log('level 2', Date.now() - start >= 35);
    setTimeout(() => console.log('level 3', Date.now() - start >= 55), 20);
  }, 20);
}, 20);
