// process.exit() ends the process at once: later timers never run; 'exit' listeners do.
process.on('exit', (code) => console.log('exit', code));
process.on('beforeExit', () => console.log('beforeExit: never (explicit exit)'));
setTimeout(() => {
  console.log('exiting with 2');
  process.exit(2);
  console.log('never printed');
}, 10);
setTimeout(() => console.log('never: later timer'), 70);
