// A rejected await resumes in the catch block after the same number of hops as a fulfilled one.
async function fulfilled() {
  await Promise.resolve('ok');
  console.log('resumed after fulfilled await');
}
async function rejected() {
  try {
    await Promise.reject(new Error('no'));
  } catch (e) {
    console.log('resumed in catch after rejected await:', e.message);
  }
}
async function rejectedNoCatch() {
  await Promise.reject(new Error('uncaught inside'));
}
fulfilled();
rejected();
rejectedNoCatch().catch((e) => console.log('caller catch:', e.message));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
