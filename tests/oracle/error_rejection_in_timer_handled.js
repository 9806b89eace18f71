// A rejection created in a timer and left unhandled reaches the 'unhandledRejection' listener.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
setTimeout(() => {
  Promise.reject('from timer');
  console.log('timer end');
}, 5);
