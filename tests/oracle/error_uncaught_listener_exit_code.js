// A handled uncaught exception leaves the exit code at 0.
process.on('uncaughtException', (e) => console.log('handled', e.message));
process.on('exit', (code) => console.log('exit', code));
throw new Error('main throw, handled');
