let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, code);
  if (n < 3) setTimeout(() => console.log('timer', n), 1);
  process.nextTick(() => console.log('tick in beforeExit', n));
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
