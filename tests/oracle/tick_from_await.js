// Ticks queued after an await run only when the microtask queue is empty again.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await 1');
  process.nextTick(() => console.log('tick from f'));
  await null;
  console.log('f after await 2');
  await null;
  console.log('f after await 3');
}
f();
process.nextTick(() => console.log('tick from main'));
console.log('main end');
