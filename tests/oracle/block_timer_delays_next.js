// A timer callback that blocks delays the next timer, which then runs late.
const start = Date.now();
setTimeout(() => {
  console.log('first blocks for 60 ms');
  const t = Date.now();
  while (Date.now() - t < 60) {}
}, 10);
setTimeout(() => console.log('second (due at 60) ran late:', Date.now() - start >= 65), 60);
