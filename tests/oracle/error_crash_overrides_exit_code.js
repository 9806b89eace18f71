// An uncaught exception ends the process with code 1, whatever process.exitCode said.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('crash after exitCode = 5'); }, 1);
