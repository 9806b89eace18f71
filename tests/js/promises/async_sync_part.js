// An async function runs synchronously until its first await.
async function f(label) {
  console.log(label, 'start (sync)');
  await null;
  console.log(label, 'after first await');
  await null;
  console.log(label, 'after second await');
  return label + ' done';
}
console.log('script start');
const pa = f('A');
const pb = f('B');
console.log('script end', pa instanceof Promise);
pa.then(console.log);
pb.then(console.log);
async function noAwait() { console.log('no-await body runs sync'); return 'no-await result'; }
noAwait().then(console.log);
console.log('after calling noAwait');
