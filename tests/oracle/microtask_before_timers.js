// Microtasks queued by the main script run before any timer or immediate, however long the chain.
setTimeout(() => console.log('timeout'), 0);
let p = Promise.resolve(0);
for (let i = 1; i <= 100; i++) p = p.then((v) => v + 1);
p.then((v) => console.log('chain of', v, 'reactions done'));
const start = Date.now();
while (Date.now() - start < 10) {}
