// process.exitCode sets the code the process ends with; listeners see it.
console.log('initial exitCode', process.exitCode);
process.exitCode = 3;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer still runs'), 5);
