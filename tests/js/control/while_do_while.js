// while and do-while: zero iterations, at least one iteration, break and continue.
let n = 0;
while (n < 3) { console.log('while', n); n++; }
let never = 10;
while (never < 3) { console.log('not printed'); }
do { console.log('do-while runs once even when false:', never); } while (never < 3);
let i = 0;
do {
  i++;
  if (i === 2) continue;
  if (i === 4) break;
  console.log('do-while i', i);
} while (i < 10);
let collatz = 27, steps = 0;
while (collatz !== 1) { collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2; steps++; }
console.log('collatz(27) steps', steps);
const queue = [1];
const visited = [];
while (queue.length) {
  const node = queue.shift();
  visited.push(node);
  if (node < 8) queue.push(node * 2, node * 2 + 1);
}
console.log(visited.join(','));
let digits = 0, num = 123456;
do { digits++; num = Math.floor(num / 10); } while (num > 0);
console.log('digits', digits);
