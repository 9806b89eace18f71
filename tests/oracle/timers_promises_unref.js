// { ref: false } does not keep the process alive: the unref'd promise timer never fires when
// nothing else is pending, but fires when a ref'd timer outlives it.
const { setTimeout: sleep } = require('timers/promises');
sleep(100, 'never', { ref: false }).then((v) => console.log(v));
sleep(10, 'short, unref', { ref: false }).then((v) => console.log(v));
setTimeout(() => console.log('ref timer at 50'), 50);
process.on('exit', () => console.log('exit'));
