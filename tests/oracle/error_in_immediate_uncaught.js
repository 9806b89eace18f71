// An exception in an immediate without a listener crashes the process; later immediates never run.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => { throw new TypeError('immediate 2 failed'); });
setImmediate(() => console.log('immediate 3: never'));
