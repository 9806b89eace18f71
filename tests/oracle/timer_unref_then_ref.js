// ref() undoes unref().
const t = setTimeout(() => console.log('fired', t.hasRef()), 10);
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
