// 'beforeExit' receives process.exitCode; it is not emitted again when it schedules nothing.
process.exitCode = 5;
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, code);
});
process.on('exit', (code) => console.log('exit', code));
