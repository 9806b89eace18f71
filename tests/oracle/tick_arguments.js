// Extra arguments to process.nextTick are passed to the callback.
process.nextTick((a, b, c) => console.log('tick', a, b, c), 1, 'two', [3]);
process.nextTick((...rest) => console.log('no args', rest.length));
