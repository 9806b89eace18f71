// The executor runs synchronously; then callbacks never do, even for already-settled promises.
console.log('1 before');
const p = new Promise((resolve, reject) => {
  console.log('2 executor runs now');
  resolve('value');
  console.log('3 executor continues after resolve');
  resolve('ignored second resolve');
  reject(new Error('ignored reject'));
});
p.then((v) => console.log('5 then:', v));
console.log('4 after then registered');
const thrower = new Promise(() => { throw new Error('thrown in executor'); });
thrower.catch((e) => console.log('6 executor throw becomes rejection:', e.message));
const resolvedThenThrow = new Promise((resolve) => { resolve('kept'); throw new Error('ignored'); });
resolvedThenThrow.then((v) => console.log('7 throw after resolve is ignored:', v));
