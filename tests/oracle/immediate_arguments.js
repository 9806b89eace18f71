// Extra arguments to setImmediate are passed to the callback.
setImmediate((a, b, c) => console.log('immediate', a, b, c), 'one', 2, { three: 3 });
