// An async function that awaits timers, interleaved with promise chains and nextTick.
const sleep = (ms, label) => new Promise((r) => setTimeout(() => { console.log('timer fired:', label); r(label); }, ms));
async function worker(name, ms) {
  console.log(name, 'starts');
  const v = await sleep(ms, name);
  console.log(name, 'resumed with', v);
  process.nextTick(() => console.log(name, 'nextTick after resume'));
  await null;
  console.log(name, 'after second await');
}
worker('w1', 10);
worker('w2', 5);
Promise.resolve().then(() => console.log('initial microtask'));
