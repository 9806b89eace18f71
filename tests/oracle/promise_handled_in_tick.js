// A handler attached in a nextTick is in time: no unhandled rejection.
const p = Promise.reject(new Error('late but fine'));
process.nextTick(() => p.catch((e) => console.log('caught', e.message)));
process.on('exit', (code) => console.log('exit', code));
