// A timeout can clear an interval; the interval then never fires again.
let n = 0;
const id = setInterval(() => console.log('interval', ++n), 40);
setTimeout(() => {
  clearInterval(id);
  console.log('cleared after', n);
}, 100);
setTimeout(() => console.log('done, still', n), 200);
