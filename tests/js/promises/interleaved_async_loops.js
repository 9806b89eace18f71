// Two async loops interleave one await at a time; a third uses a timer per step.
async function loop(name, n) {
  for (let i = 1; i <= n; i++) {
    console.log(name, i);
    await null;
  }
  console.log(name, 'finished');
}
async function slowLoop(n) {
  for (let i = 1; i <= n; i++) {
    await new Promise((r) => setTimeout(r, 1));
    console.log('slow', i);
  }
}
loop('A', 3);
loop('B', 2);
slowLoop(2);
console.log('sync end');
