// Reactions on one promise run in the order they were registered, also when registered after it
// settled.
let resolve;
const p = new Promise((r) => { resolve = r; });
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
resolve('value');
p.then((v) => console.log('third (registered after resolve)', v));
console.log('sync');
