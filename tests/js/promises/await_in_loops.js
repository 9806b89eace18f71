// await in for, for-of, while loops and inside forEach (which does not wait).
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function sequential() {
  const out = [];
  for (const ms of [15, 5, 10]) out.push(await sleep(ms, 'seq' + ms));
  console.log('for-of awaits in order:', out);
}
async function forEachDoesNotWait() {
  const out = [];
  [15, 5, 10].forEach(async (ms) => { out.push(await sleep(ms, 'fe' + ms)); });
  console.log('forEach returned immediately with:', out.slice());
  await sleep(40);
  console.log('forEach results arrive by completion time:', out);
}
async function whileLoop() {
  let i = 0;
  while (i < 3) {
    await null;
    console.log('while iteration', i++);
  }
}
async function main() {
  await sequential();
  await forEachDoesNotWait();
  await whileLoop();
  let total = 0;
  for (let i = 1; i <= 3; i++) total += await Promise.resolve(i);
  console.log('sum of awaited values', total);
}
main().then(() => console.log('main done'));
