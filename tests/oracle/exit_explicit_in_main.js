// process.exit() in the main script: nothing queued runs afterwards.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('tick: never'));
Promise.resolve().then(() => console.log('promise: never'));
setImmediate(() => console.log('immediate: never'));
console.log('before exit');
process.exit();
