// After an uncaught exception neither 'beforeExit' nor more timers run; 'exit' does, with code 1.
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('crash'); }, 5);
setTimeout(() => console.log('never'), 60);
