// Non-function arguments to then are ignored and the value or reason passes through.
Promise.resolve('value').then(null).then(42).then((v) => console.log('value passed', v));
Promise.reject(new Error('reason')).then(() => console.log('not called')).catch((e) => console.log('reason passed', e.message));
