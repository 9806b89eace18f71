// typeof of every kind of value, including undeclared variables and TDZ.
const samples = [
  ['undefined', undefined], ['null', null], ['true', true], ['0', 0], ['NaN', NaN],
  ["'s'", 's'], ['Symbol()', Symbol()], ['{}', {}], ['[]', []],
  ['function', function () {}], ['arrow', () => {}], ['class', class {}],
  ['async fn', async function () {}],
  ['new Number(1)', new Number(1)], ['new String()', new String('')], ['Math', Math], ['JSON', JSON],
  ['Date', Date], ['new Date(0)', new Date(0)], ['Promise', Promise.resolve()], ['Map', new Map()],
  ['Object.create(null)', Object.create(null)], ['typeof typeof', typeof typeof 1],
];
for (const [label, v] of samples) console.log(label.padEnd(20), typeof v);
console.log('undeclared:', typeof someUndeclaredName);
console.log(typeof typeof undefined, typeof (() => 1)(), typeof void 0);
try {
  typeof later;
  let later;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
