// An uncaught exception in the main script: output so far, then node's report and exit code 1.
console.log('before the throw');
process.on('exit', (code) => console.log('exit listener sees', code));
throw new Error('main failed');
