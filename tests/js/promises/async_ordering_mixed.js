// A long labelled interleaving: async functions, then chains, nextTick, and a resolved thenable.
const log = (n) => console.log(n);
async function a() {
  log('a1');
  await b();
  log('a2');
  await null;
  log('a3');
}
async function b() {
  log('b1');
  await Promise.resolve();
  log('b2');
}
log('s1');
a();
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
process.nextTick(() => log('t1'));
Promise.resolve({ then(r) { log('thenable called'); r(); } }).then(() => log('thenable resolved'));
log('s2');
