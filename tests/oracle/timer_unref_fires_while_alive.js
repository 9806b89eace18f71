// An unref'd timer still fires while something else keeps the loop alive.
const u = setInterval(() => console.log('unref interval'), 100);
u.unref();
setTimeout(() => console.log('ref timeout at 250'), 250);
process.on('exit', () => console.log('exit'));
