// An exception in a nextTick callback without a listener crashes the process.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick');
  throw new Error('from a tick');
});
setTimeout(() => console.log('never'), 0);
