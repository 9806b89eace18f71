// setInterval from timers/promises is an async iterator: each tick yields the value; breaking out
// of the loop clears the interval, so the process can exit.
const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  const started = Date.now();
  for await (const value of setInterval(100, 'tick')) {
    n++;
    console.log(value, n, Date.now() - started >= n * 100 - 1);
    if (n === 3) break;
  }
  console.log('loop done');
})();
setTimeout(() => console.log('timer at 150'), 150);
