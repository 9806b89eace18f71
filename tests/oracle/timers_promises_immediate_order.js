// timers/promises' setImmediate joins the check queue in order with callback immediates; each
// continuation runs right after its immediate, before the next immediate.
const { setImmediate: nextCheck } = require('timers/promises');
setImmediate(() => console.log('callback immediate 1'));
nextCheck('promise immediate').then((v) => {
  console.log(v);
  process.nextTick(() => console.log('tick after promise immediate'));
});
setImmediate(() => console.log('callback immediate 2'));
(async () => {
  await nextCheck();
  console.log('awaited immediate');
  await nextCheck();
  console.log('awaited second immediate (next iteration)');
})();
setImmediate(() => {
  console.log('callback immediate 3');
  setImmediate(() => console.log('immediate queued by immediate'));
});
