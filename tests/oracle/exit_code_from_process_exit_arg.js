// process.exit(code) overrides process.exitCode.
process.exitCode = 3;
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => process.exit(6));
