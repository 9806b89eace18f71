// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('never'), 10);
t.unref();
console.log('hasRef', t.hasRef());
process.on('exit', (code) => console.log('exit', code));
