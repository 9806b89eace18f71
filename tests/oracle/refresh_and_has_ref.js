const t = setTimeout(() => console.log('fired'), 100);
setTimeout(() => { t.refresh(); console.log('refreshed, hasRef', t.hasRef()); }, 50);
const u = setTimeout(() => {}, 1000);
u.unref();
console.log('u.hasRef', u.hasRef());
