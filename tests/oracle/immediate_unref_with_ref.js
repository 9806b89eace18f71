// An unref'd immediate still runs when other work keeps the loop alive; ref() restores it.
const u = setImmediate(() => console.log('unref immediate'));
u.unref();
const r = setImmediate(() => console.log('re-ref immediate'));
r.unref();
r.ref();
console.log(u.hasRef(), r.hasRef());
setTimeout(() => console.log('timeout'), 100);
