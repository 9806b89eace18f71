setTimeout(() => {
  console.log('t1');
  process.nextTick(() => console.log('tick after t1'));
  Promise.resolve().then(() => console.log('promise after t1'));
}, 50);
setTimeout(() => console.log('t2'), 50);
setImmediate(() => {
  console.log('i1');
  process.nextTick(() => console.log('tick after i1'));
  setImmediate(() => console.log('i3 (queued during check)'));
});
setImmediate(() => console.log('i2'));
