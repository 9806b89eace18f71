// Setting process.exitCode inside an 'exit' listener changes the final code.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
