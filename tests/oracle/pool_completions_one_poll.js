// Two thread-pool jobs of equal cost finish within microseconds: when the loop wakes from poll,
// uv__work_done takes every finished job at once, so both callbacks usually run in one poll
// phase, before either immediate. How long the loop takes to wake (and which job finishes first)
// varies between runs: every order node shows must be among `looplab run --orders`.
const fs = require('fs');
fs.stat(__filename, () => {
  console.log('stat 1');
  setImmediate(() => console.log('immediate 1'));
});
fs.stat(__filename, () => {
  console.log('stat 2');
  setImmediate(() => console.log('immediate 2'));
});
