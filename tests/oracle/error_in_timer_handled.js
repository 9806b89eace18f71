// With an uncaughtException listener, a throwing timer does not stop the program.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
setTimeout(() => { throw new Error('timer 1'); }, 10);
setTimeout(() => console.log('timer 2 still runs'), 70);
