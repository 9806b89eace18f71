// Nested async functions awaiting each other: each level adds hops before the outer resumes.
async function level3() {
  console.log('level3 body');
  return 'L3';
}
async function level2() {
  const v = await level3();
  console.log('level2 got', v);
  return v + '+L2';
}
async function level1() {
  const v = await level2();
  console.log('level1 got', v);
  return v + '+L1';
}
level1().then((v) => console.log('outer then got', v));
let n = 0;
const tick = () => { n++; console.log('tick', n); if (n < 7) Promise.resolve().then(tick); };
Promise.resolve().then(tick);
