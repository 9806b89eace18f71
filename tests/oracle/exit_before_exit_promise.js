// Work scheduled by 'beforeExit' keeps the process going; a promise alone does not.
let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  if (n === 1) setTimeout(() => console.log('timer from beforeExit'), 5);
  if (n === 2) Promise.resolve().then(() => console.log('promise from beforeExit'));
});
process.on('exit', () => console.log('exit', n));
