// A non-Error reason is wrapped in an UnhandledPromiseRejection error.
process.on('exit', (code) => console.log('exit', code));
Promise.reject('just a string');
