// An async function returning a thenable, a rejected promise, or awaiting inside return.
async function retThenable() {
  return { then(r) { console.log('returned thenable called'); r('thenable result'); } };
}
async function retRejected() {
  return Promise.reject(new Error('returned rejection'));
}
async function retAwaitRejected() {
  try {
    return await Promise.reject(new Error('awaited rejection'));
  } catch (e) {
    return 'caught: ' + e.message;
  }
}
retThenable().then((v) => console.log(v));
retRejected().catch((e) => console.log('caller caught', e.message));
retAwaitRejected().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
