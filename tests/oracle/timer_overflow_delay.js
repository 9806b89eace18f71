// A delay above 2^31 - 1 becomes 1 ms, with a TimeoutOverflowWarning on stderr.
setTimeout(() => console.log('overflowed timer ran'), 2 ** 31);
setTimeout(() => console.log('timer at 60'), 60);
console.log('main end');
