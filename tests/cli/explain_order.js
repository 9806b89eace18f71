console.log('main');
setTimeout(() => console.log('timeout'), 5);
process.nextTick(() => console.log('tick'));
