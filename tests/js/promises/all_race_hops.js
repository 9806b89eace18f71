// When do Promise.all, allSettled, race and any settle, counted in microtask ticks?
const a = Promise.resolve('a');
const b = Promise.resolve('b');
Promise.all([a, b]).then(() => console.log('all settled'));
Promise.allSettled([a, b]).then(() => console.log('allSettled settled'));
Promise.race([a, b]).then(() => console.log('race settled'));
Promise.any([a, b]).then(() => console.log('any settled'));
Promise.all([]).then(() => console.log('all([]) settled'));
let n = 0;
const tick = () => { n++; console.log('tick', n); if (n < 5) Promise.resolve().then(tick); };
Promise.resolve().then(tick);
