// An async function that throws and is not awaited rejects unhandled: a crash.
async function fails() {
  await null;
  throw new RangeError('async failure');
}
fails();
console.log('main end');
