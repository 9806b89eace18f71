// The classic ordering puzzle: sync code, microtasks (promises, await), then timers.
console.log('1');
setTimeout(() => console.log('9 timeout'), 0);
Promise.resolve().then(() => console.log('4 promise 1'));
async function run() {
  console.log('2 async start');
  await undefined;
  console.log('5 after await');
}
run();
new Promise((resolve) => {
  console.log('3 executor');
  resolve();
}).then(() => console.log('6 promise 2')).then(() => console.log('8 promise 3'));
queueMicrotask(() => console.log('7 queueMicrotask'));
console.log('3b sync end');
