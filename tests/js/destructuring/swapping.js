// Swapping and rotating with destructuring assignment, including array elements.
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
let x = 'x', y = 'y', z = 'z';
[x, y, z] = [y, z, x];
console.log(x, y, z);
const arr = [1, 2, 3, 4];
[arr[0], arr[3]] = [arr[3], arr[0]];
console.log(arr);
const o = { p: 'P', q: 'Q' };
[o.p, o.q] = [o.q, o.p];
console.log(o);
function bubble(list) {
  const l = list.slice();
  for (let i = 0; i < l.length; i++) for (let j = 0; j < l.length - 1 - i; j++) if (l[j] > l[j + 1]) [l[j], l[j + 1]] = [l[j + 1], l[j]];
  return l;
}
console.log(bubble([5, 3, 8, 1, 2]));
let fibA = 0, fibB = 1;
for (let i = 0; i < 10; i++) [fibA, fibB] = [fibB, fibA + fibB];
console.log(fibA);
const result = ([a, b] = [10, 20]);
console.log(result, a, b);
