// Awaiting timers/promises in sequence: each await resumes after its timer, and scheduler.wait
// and scheduler.yield are setTimeout and setImmediate.
const { setTimeout: sleep, setImmediate: nextCheck, scheduler } = require('timers/promises');
(async () => {
  console.log('start');
  const a = await sleep(10, 'first');
  console.log(a);
  const b = await nextCheck('second');
  console.log(b);
  console.log(await scheduler.wait(10));
  console.log(await scheduler.yield());
  console.log('done');
})();
process.nextTick(() => console.log('tick'));
