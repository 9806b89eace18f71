// Output written before a crash is kept; the crash in a timer ends the program.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) throw new Error('interval gave up');
}, 5);
