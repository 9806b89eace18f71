// A lesson-style script: log 1..N shows the order of sync code, nextTick, promises, timers.
console.log(1);
setTimeout(() => {
  console.log(8);
  Promise.resolve().then(() => console.log(9));
  process.nextTick(() => console.log('8.5'));
}, 0);
setTimeout(() => console.log(10), 0);
Promise.resolve().then(() => {
  console.log(5);
  process.nextTick(() => console.log(7));
}).then(() => console.log(6));
process.nextTick(() => console.log(4));
(async () => {
  console.log(2);
  await null;
  console.log('5.5');
})();
console.log(3);
setTimeout(() => console.log(12), 10);
setTimeout(() => console.log(11), 5);
