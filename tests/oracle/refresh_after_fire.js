// refresh() of a timeout that has already fired brings it back (Node's insertGuarded); after
// clearTimeout it does not. hasRef() keeps reporting the ref flag of a fired timeout.
const t0 = performance.now();
const at = () => Math.round((performance.now() - t0) / 10) * 10;
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('t fired', fired, 'at', at(), 'hasRef', t.hasRef());
}, 20);
const c = setTimeout(() => console.log('c fired'), 30);
setTimeout(() => {
  console.log('refresh t and c at', at());
  t.refresh();
  clearTimeout(c);
  c.refresh();
}, 50);
process.on('exit', () => console.log('exit, t fired', fired, 'times'));
