// Promise.all: results in input order, rejects on the first rejection, accepts values and empties.
const delayed = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([delayed('slow', 20), delayed('fast', 5), 'plain value', Promise.resolve('resolved')])
  .then((values) => console.log('all:', values));
Promise.all([delayed('never seen', 30), Promise.reject(new Error('first failure')), Promise.reject(new Error('second failure'))])
  .then(() => console.log('unreachable'), (e) => console.log('all rejected with:', e.message));
Promise.all([]).then((v) => console.log('all of empty:', v));
Promise.all('ab').then((v) => console.log('all of a string:', v));
Promise.all(new Set([1, Promise.resolve(2)])).then((v) => console.log('all of a Set:', v));
Promise.all(5).catch((e) => console.log(e.name + ': ' + e.message));
Promise.all([1, 2]).then((v) => console.log('all of plain values:', v));
