// await on values of every kind: each resumes after one hop with the value itself.
async function main() {
  const values = [1, 'two', null, undefined, { then: 5 }, [3], () => 'fn'];
  for (const v of values) {
    const got = await v;
    console.log(typeof got, got === v);
  }
  console.log(await await await 'triple await');
  const start = [];
  Promise.resolve().then(() => start.push('microtask ran'));
  await 0;
  console.log('after await 0:', start);
}
main().then(() => console.log('done'));
