// Sequential awaits vs starting all then awaiting (parallel), shown by timer-fire order.
const task = (name, ms) => new Promise((r) => setTimeout(() => { console.log('  finished', name); r(name); }, ms));
async function sequential() {
  console.log('sequential:');
  const a = await task('s-a', 20);
  const b = await task('s-b', 10);
  return [a, b];
}
async function parallel() {
  console.log('parallel:');
  const pa = task('p-a', 20);
  const pb = task('p-b', 10);
  return [await pa, await pb];
}
async function withAll() {
  console.log('Promise.all:');
  return Promise.all([task('all-a', 20), task('all-b', 10)]);
}
(async () => {
  console.log(await sequential());
  console.log(await parallel());
  console.log(await withAll());
})();
