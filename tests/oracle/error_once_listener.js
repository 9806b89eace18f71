// process.once('uncaughtException') handles only the first error; the second one crashes.
process.once('uncaughtException', (e) => console.log('handled', e.message));
setTimeout(() => { throw new Error('first'); }, 10);
setTimeout(() => { throw new Error('second'); }, 70);
process.on('exit', (code) => console.log('exit', code));
