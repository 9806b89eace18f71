// Calling process.exit() inside an 'exit' listener changes the code but does not run the
// listeners again.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exit(4);
});
process.on('exit', (code) => console.log('second listener: never', code));
process.exitCode = 2;
