// Destructuring in function parameters, with defaults at every level.
function draw({ x = 0, y = 0, color = 'black' } = {}) { return `${color}@${x},${y}`; }
console.log(draw(), draw({}), draw({ x: 5, color: 'red' }));
function pair([first, second = 'none']) { return first + '/' + second; }
console.log(pair(['a', 'b']), pair(['solo']));
const arrow = ({ a, b: [c, d] }) => a + c + d;
console.log(arrow({ a: 1, b: [2, 3] }));
function opts(required, { verbose = false, level = 1 } = {}) { return [required, verbose, level]; }
console.log(opts('r'), opts('r', { level: 3 }));
const entries = Object.entries({ x: 1, y: 2 });
console.log(entries.map(([k, v]) => `${k}=${v}`).join('&'));
const people = [{ name: 'a', age: 30 }, { name: 'b', age: 20 }];
console.log(people.filter(({ age }) => age > 25).map(({ name }) => name));
function restObj({ a, ...others }) { return others; }
console.log(restObj({ a: 1, b: 2, c: 3 }));
console.log(((a, { b } = { b: 'default b' }, ...[c, d]) => [a, b, c, d])(1, undefined, 3, 4));
try {
  draw(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  pair();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
