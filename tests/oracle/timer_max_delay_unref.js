// 2^31 - 1 ms is the largest delay that is kept; unref'd, it lets the process end.
const t = setTimeout(() => console.log('never'), 2 ** 31 - 1);
t.unref();
process.on('exit', (code) => console.log('exit', code, 'hasRef', t.hasRef()));
