// Automatic semicolon insertion: where a newline ends a statement and where it does not.
function returnsUndefined() {
  return
  42;
}
console.log('return + newline:', returnsUndefined());

let a = 1
let b = 2
const sum = a + b
console.log('no semicolons:', sum)

// A line starting with ( continues the previous expression: here it is a call.
const callee = function (x) { return 'called with ' + x; }
const r = callee
('paren');
console.log(r);

// ++ after a newline belongs to the next line.
let i = 5
let j = 10
i
++j
console.log('i and j:', i, j);

// A line starting with [ continues the previous one: indexing, not an array literal.
const arr = [10, 20, 30]
const picked = arr
[1]
console.log('picked:', picked);

// Statements on one line need semicolons; a closing brace ends one too.
let x = 0; x += 1; { x += 2 } x += 3
console.log('x:', x);

// throw and break keep their operand on the same line.
outer: for (let k = 0; k < 3; k++) {
  for (let m = 0; m < 3; m++) {
    if (m === 1) break outer
  }
}
console.log('after labelled break');

// A template literal on the next line is a tagged call of the previous expression.
const tag = (s) => 'tagged:' + s[0]
const t = tag
`hello`
console.log(t);
