// An immediate queued while the check phase runs waits for the next loop iteration, after every
// immediate already queued.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (queued by A)'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D (queued by B)'));
});
