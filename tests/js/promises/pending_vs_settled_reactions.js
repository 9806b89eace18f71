// Reactions on a settled promise are queued at once; on a pending one, when it settles.
let resolveLater;
const pending = new Promise((r) => { resolveLater = r; });
const settled = Promise.resolve('settled');
pending.then((v) => console.log('pending reaction 1:', v));
settled.then((v) => console.log('settled reaction:', v));
pending.then((v) => console.log('pending reaction 2:', v));
Promise.resolve().then(() => {
  console.log('resolving pending now');
  resolveLater('late value');
  console.log('reactions are queued, not run, by resolve()');
});
Promise.resolve().then(() => console.log('queued before the resolve ran'));
