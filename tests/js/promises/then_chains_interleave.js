// Two independent then chains interleave one step at a time.
const a = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
const b = Promise.resolve();
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
const c = Promise.resolve();
c.then(() => console.log('c1'));
c.then(() => console.log('c1 second reaction on the same promise'));
console.log('sync end');
