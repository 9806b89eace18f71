// 'exit' listeners run in registration order with the exit code.
process.on('exit', (code) => console.log('exit listener 1', code));
process.once('exit', (code) => console.log('exit listener 2 (once)', code));
process.on('exit', (code) => console.log('exit listener 3', code));
console.log('main');
