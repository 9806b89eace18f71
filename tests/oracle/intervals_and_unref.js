let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 250'), 250);
const u = setTimeout(() => console.log('never: unref and nothing else keeps the loop'), 10000);
u.unref();
process.on('exit', (code) => console.log('exit', code));
