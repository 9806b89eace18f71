// Functions declared in blocks, and blocks that create scopes.
{
  function inBlock() { return 'declared in a block'; }
  console.log(inBlock());
}
console.log(typeof inBlock);
if (true) {
  function inIf() { return 'in if'; }
}
console.log(inIf());
let results = [];
for (let i = 0; i < 2; i++) {
  function perIteration() { return i; }
  results.push(perIteration);
}
console.log(results.map((f) => f()));
switch (1) {
  case 1: {
    let scoped = 'case block';
    console.log(scoped);
  }
}
try {
  switch (0) {
    case 0:
      let shared = 'case 0';
      console.log(shared);
    case 1:
      console.log('fallthrough sees', shared);
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  switch (1) {
    case 0:
      let notInit = 'skipped';
      break;
    case 1:
      console.log(notInit);
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
