// Recursion: factorial, fibonacci, mutual recursion, tree walks, deep but bounded.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(5), fact(20), fact(25));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(Array.from({ length: 15 }, (_, i) => fib(i)).join(' '));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7));
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function sumTree(t) { return t.v + t.kids.reduce((s, k) => s + sumTree(k), 0); }
function depth(t) { return 1 + Math.max(0, ...t.kids.map(depth)); }
console.log(sumTree(tree), depth(tree));
function flatten(arr) { return arr.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []); }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
function perms(s) {
  if (s.length <= 1) return [s];
  const out = [];
  for (let i = 0; i < s.length; i++) for (const p of perms(s.slice(0, i) + s.slice(i + 1))) out.push(s[i] + p);
  return out;
}
console.log(perms('abc'));
function countDown(n) { return n === 0 ? 0 : 1 + countDown(n - 1); }
console.log('depth 5000:', countDown(5000));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
