// Two async functions awaiting in turn interleave one await at a time.
async function worker(name) {
  for (let i = 1; i <= 3; i++) {
    await null;
    console.log(name, i);
  }
}
worker('A');
worker('B');
console.log('sync end');
