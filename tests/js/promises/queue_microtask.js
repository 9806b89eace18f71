// queueMicrotask shares the promise job queue: FIFO with promise reactions.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm nested'));
  Promise.resolve().then(() => console.log('promise nested'));
});
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync');
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
