// finally's callback receives no arguments and can delay the chain with a promise.
Promise.resolve(1).finally((...args) => console.log('finally args:', args.length));
Promise.reject(2).finally((...args) => console.log('finally args on rejection:', args.length)).catch(() => {});
let delayedDone = false;
Promise.resolve('kept')
  .finally(() => new Promise((r) => setTimeout(() => { delayedDone = true; r('ignored'); }, 0)))
  .then((v) => console.log('after a delayed finally:', v, delayedDone));
const p = Promise.resolve();
console.log(p.finally() instanceof Promise, p.finally(5) instanceof Promise);
p.finally(5).then(() => console.log('non-function finally passes through'));
