// An interval and timeouts interleave by deadline.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 50'), 50);
setTimeout(() => console.log('timeout 150'), 150);
setTimeout(() => console.log('timeout 250'), 250);
