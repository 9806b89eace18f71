// An 'unhandledRejection' listener receives reason and promise and keeps the process alive.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject(new Error('second'));
setTimeout(() => console.log('timeout still runs'), 10);
process.on('exit', (code) => console.log('exit', code));
