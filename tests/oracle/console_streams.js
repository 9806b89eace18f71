// console.log, info and debug write to stdout; console.error, warn and trace to stderr.
console.log('log line');
console.info('info line');
console.debug('debug line');
console.error('error line');
console.warn('warn line');
console.log('last stdout line');
