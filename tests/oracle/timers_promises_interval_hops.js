// setInterval's iterator (an async generator in node): a next() served from ticks that already
// fired, and return(), settle one microtask hop later than a resolved promise would; next()
// after the end settles at once.
const { setInterval, setTimeout: sleep } = require('timers/promises');
function chain(label) {
  let hop = 0;
  const step = () => {
    console.log(label, 'hop', ++hop);
    if (hop < 4) Promise.resolve().then(step);
  };
  Promise.resolve().then(step);
}
(async () => {
  const it = setInterval(5, 'x');
  await it.next();
  await sleep(30);
  chain('A');
  console.log('next of a tick that already fired', await it.next());
  await sleep(1);
  chain('B');
  it.return().then((v) => console.log('B return', v));
  await sleep(1);
  chain('C');
  it.next().then((v) => console.log('C next after return', v));
  await sleep(1);
  const early = setInterval(5, 'y');
  chain('D');
  early.return('early').then((v) => console.log('D return before start', v));
})();
