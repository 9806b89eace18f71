// A typical lesson scenario (about 30 lines): what the event loop runs, and in which order.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

console.log('1. main script starts');

setTimeout(() => {
  console.log('6. timeout 0 (timers phase)');
  process.nextTick(() => console.log('7. tick queued by the timeout'));
  setImmediate(() => console.log('8. immediate queued by the timeout (check phase)'));
  setTimeout(() => console.log('9. timeout queued by the timeout (a later timers phase)'), 0);
}, 0);

Promise.resolve().then(() => console.log('4. promise (microtask)'));
queueMicrotask(() => console.log('5. queueMicrotask (same queue)'));
process.nextTick(() => console.log('3. nextTick (before microtasks)'));

async function job(name, ms) {
  await sleep(ms);
  console.log(`10. ${name} done after ${ms} ms`);
  return name;
}

Promise.all([job('fast', 60), job('slow', 120)]).then((names) => {
  console.log('11. all jobs:', names.join(', '));
  const interval = setInterval(() => {
    console.log('12. interval fired');
    clearInterval(interval);
  }, 10);
});

console.log('2. main script ends');
