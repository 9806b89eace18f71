// Once 'exit' is emitted the process is exiting: a nextTick queued there never runs, while a
// promise reaction queued there still does.
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick in exit: never'));
  Promise.resolve().then(() => console.log('promise in exit'));
  setTimeout(() => console.log('timer in exit: never'), 0);
  setImmediate(() => console.log('immediate in exit: never'));
});
console.log('main');
