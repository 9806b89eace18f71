// new Promise(r => r(p)) takes two extra hops compared with Promise.resolve(p).
const p = Promise.resolve('p');
new Promise((r) => r(p)).then(() => console.log('new Promise(r => r(p)) settled'));
Promise.resolve(p).then(() => console.log('Promise.resolve(p) settled'));
p.then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
