// An async function's plain return value settles its promise at once; the caller's await resumes
// one hop later.
async function inner() { console.log('inner runs synchronously'); return 'value'; }
async function outer() {
  const v = await inner();
  console.log('outer got', v);
}
outer();
console.log('main after outer()');
Promise.resolve().then(() => console.log('hop 1')).then(() => console.log('hop 2'));
