// Function declarations, expressions, named expressions, and functions as values.
function declared(a, b) { return a + b; }
const expressed = function (a, b) { return a * b; };
const namedExpr = function inner(n) { return n <= 0 ? 'done' : inner(n - 1); };
console.log(declared(2, 3), expressed(2, 3), namedExpr(3));
console.log(typeof declared, typeof expressed, declared instanceof Function);
const table = { add: declared, mul: expressed };
for (const op of Object.keys(table)) console.log(op, table[op](6, 7));
function noReturn() {}
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn());
function returnsFunction() { return function () { return 'from returned function'; }; }
console.log(returnsFunction()());
const fns = [function () { return 1; }, () => 2, function named() { return 3; }];
console.log(fns.map((f) => f()));
function extraArgs(a) { return a; }
console.log(extraArgs(1, 2, 3), extraArgs());
declared.custom = 'functions are objects';
console.log(declared.custom, Object.keys(declared));
