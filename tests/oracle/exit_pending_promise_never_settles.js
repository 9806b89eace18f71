// A promise that never settles does not keep the process alive; the await after it never runs.
async function wait() {
  console.log('waiting forever');
  await new Promise(() => {});
  console.log('never');
}
wait();
process.on('exit', (code) => console.log('exit', code));
