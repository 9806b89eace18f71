setTimeout(() => { throw new Error('boom'); }, 1);
setTimeout(() => console.log('never'), 1);
process.on('exit', (c) => console.log('exit', c));
