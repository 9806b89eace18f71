// await in nested expressions: argument lists, templates, conditionals, destructuring, operators.
const log = [];
const val = (label, v) => { log.push(label); return v; };
const later = (v) => Promise.resolve(v);
function f(a, b, c) { return [a, b, c]; }
async function main() {
  console.log(f(val('a', 1), await later(2), val('c', 3)));
  console.log('evaluation order:', log.join(','));
  console.log(`template ${await later('x')} and ${await later('y')}`);
  console.log((await later(true)) ? 'cond true' : 'cond false', await later(0) || 'or fallback');
  const { a, b: [c] } = await later({ a: 'A', b: ['C'] });
  const [first, ...rest] = await later([1, 2, 3]);
  console.log(a, c, first, rest);
  console.log((await later(2)) * (await later(3)) + (await later(4)));
  const obj = { [await later('dynamic')]: await later('key') };
  console.log(obj);
  const arr = [await later(1), ...(await later([2, 3]))];
  console.log(arr);
  let x = 1;
  x += await later(10);
  console.log(x);
  console.log(await later(await later('nested await')));
  console.log(typeof (await later(null)), await (async () => 'awaited async IIFE')());
}
main();
