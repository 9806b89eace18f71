// process.nextTick callbacks run first-in, first-out once the main script ends.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => console.log('tick 2'));
process.nextTick(() => console.log('tick 3'));
console.log('main end');
