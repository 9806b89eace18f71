// clearImmediate cancels an immediate, also one due in the same check phase.
const never = setImmediate(() => console.log('never'));
clearImmediate(never);
let second;
setImmediate(() => {
  console.log('first clears second');
  clearImmediate(second);
});
second = setImmediate(() => console.log('second: never'));
setImmediate(() => console.log('third'));
