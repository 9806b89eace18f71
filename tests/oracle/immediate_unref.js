// An unref'd immediate alone does not keep the process alive.
const i = setImmediate(() => console.log('never'));
i.unref();
console.log('hasRef', i.hasRef());
process.on('exit', () => console.log('exit'));
