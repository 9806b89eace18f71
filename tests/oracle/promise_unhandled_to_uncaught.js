// Without an 'unhandledRejection' listener, the rejection goes to 'uncaughtException' listeners,
// with origin 'unhandledRejection'.
process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
Promise.reject(new Error('nobody handles me'));
setTimeout(() => console.log('process survives'), 10);
