// Classic for loops: empty parts, multiple variables, continue/break, and float steps.
for (let i = 0; i < 3; i++) console.log('i', i);
let j = 0;
for (; j < 2;) j++;
console.log('j', j);
let k = 0;
for (;;) { if (++k > 4) break; }
console.log('k', k);
const evens = [];
for (let n = 0; n < 10; n++) { if (n % 2) continue; evens.push(n); }
console.log(evens);
for (let a = 0, b = 5; a < b; a++, b--) console.log('a,b', a, b);
let sum = 0;
for (let x = 0; x < 1; x += 0.1) sum++;
console.log('float steps', sum);
const arr = ['x', 'y', 'z'];
for (let idx = arr.length - 1; idx >= 0; idx--) console.log(idx, arr[idx]);
const grid = [];
for (let r = 0; r < 3; r++) { const row = []; for (let c = 0; c < 3; c++) row.push(r * 3 + c); grid.push(row.join(' ')); }
console.log(grid.join(' | '));
let counted = 0;
for (const list = [1, 2, 3]; list.length; list.pop()) counted += list.length;
console.log('counted', counted);
