// An immediate that throws, with an uncaughtException listener: the remaining immediates of that
// check phase still run.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => { throw new Error('from immediate 1'); });
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
