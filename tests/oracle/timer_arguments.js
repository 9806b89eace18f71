// Extra arguments to setTimeout and setInterval are passed to the callback.
setTimeout((a, b) => console.log('timeout', a, b), 1, 'x', { y: 2 });
const id = setInterval((label) => {
  console.log('interval', label);
  clearInterval(id);
}, 1, 'tick');
