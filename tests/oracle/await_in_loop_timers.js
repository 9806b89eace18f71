// An await on a timer suspends the function; other callbacks run meanwhile.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function loop() {
  for (let i = 1; i <= 3; i++) {
    await sleep(60);
    console.log('loop', i);
  }
}
loop().then(() => console.log('loop done'));
setTimeout(() => console.log('timeout 90'), 90);
