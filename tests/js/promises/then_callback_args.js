// then's handlers: non-function arguments, return values, and one argument only.
Promise.resolve('v')
  .then(null)
  .then(undefined, undefined)
  .then('not a function')
  .then((...args) => { console.log('value passed through:', args); return undefined; })
  .then((v) => console.log('after returning undefined:', v));
Promise.resolve(1).then((v) => v + 1).then((v) => v * 10).then((v) => console.log('computed', v));
const p = Promise.resolve('shared');
const c1 = p.then((v) => v + ' 1');
const c2 = p.then((v) => v + ' 2');
console.log(c1 !== c2, c1 !== p, c1 instanceof Promise);
Promise.all([c1, c2]).then(console.log);
