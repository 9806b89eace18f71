// A handler attached in setImmediate is too late: the process has already crashed.
const p = Promise.reject(new Error('too late'));
setImmediate(() => p.catch((e) => console.log('never', e.message)));
process.on('exit', (code) => console.log('exit', code));
