// Benchmark: recursive fib(27) — calls, returns, and small-integer arithmetic.
// Prints one checksum line; node --jitless and Looplab must print the same.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log('fib27 ' + fib(27));
