// refresh() of a timeout that has already fired brings it back (Node's insertGuarded); after
// clearTimeout it does not. hasRef() keeps reporting the ref flag of a fired timeout. Sentinel
// timers at 60 and 80 ms show when the refreshed timeout (50 + 20 = 70 ms) fires again.
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('t fired', fired, 'hasRef', t.hasRef());
}, 20);
const c = setTimeout(() => console.log('c fired'), 30);
setTimeout(() => {
  console.log('refresh t and c');
  t.refresh();
  clearTimeout(c);
  c.refresh();
}, 50);
setTimeout(() => console.log('sentinel 60'), 60);
setTimeout(() => console.log('sentinel 80'), 80);
process.on('exit', () => console.log('exit, t fired', fired, 'times'));
