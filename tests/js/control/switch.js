// switch: strict equality, fallthrough, default in the middle, blocks, and expressions as cases.
function sw(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two (or fell from one)');
      break;
    default:
      out.push('default');
    case 3:
      out.push('three (or fell from default)');
      break;
    case '1':
      out.push('string one');
      break;
  }
  return out;
}
for (const v of [1, 2, 3, '1', 4]) console.log(JSON.stringify(v), sw(v));
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    default: return 'F';
  }
}
console.log(grade(95), grade(85), grade(10));
const order = [];
const c = (n) => { order.push('case ' + n); return n; };
switch (2) {
  case c(1): order.push('body 1'); break;
  case c(2): order.push('body 2'); break;
  case c(3): order.push('body 3'); break;
}
console.log(order);
switch (NaN) {
  case NaN: console.log('NaN matched'); break;
  default: console.log('NaN never matches a case');
}
switch ('x') {}
let fallsOut = 'start';
switch (5) { case 1: fallsOut = 'one'; }
console.log(fallsOut);
function days(month) {
  switch (month) {
    case 'feb': return 28;
    case 'apr': case 'jun': case 'sep': case 'nov': return 30;
    default: return 31;
  }
}
console.log(['jan', 'feb', 'apr', 'nov'].map(days));
