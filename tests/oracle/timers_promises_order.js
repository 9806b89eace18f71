// timers/promises' setTimeout is an ordinary timer: among callback timers of the same delay it
// fires in creation order, and its continuation runs before the next timer's callback.
const { setTimeout: sleep, setImmediate: nextCheck } = require('timers/promises');
setTimeout(() => console.log('callback timer A'), 60);
sleep(60, 'promise timer').then((v) => console.log(v));
setTimeout(() => console.log('callback timer B'), 60);
sleep(1).then((v) => console.log('shorter sleep resolves with', v));
setTimeout(() => {
  console.log('in timer at 120');
  nextCheck('from immediate').then((v) => console.log(v));
  setTimeout(() => console.log('timer queued in timer'), 0);
  process.nextTick(() => console.log('tick in timer'));
}, 120);
