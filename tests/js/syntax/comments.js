// Comments of every shape, and comments in odd places.
/* block comment */ console.log('after block comment');
/**
 * A doc comment spanning lines.
 */
console.log('after doc comment');
const v = 1 /* inline */ + /* another */ 2; // trailing
console.log('v =', v);
const s = '// not a comment';
const t = '/* not a comment either */';
console.log(s, t);
const u = `/* in a template */ ${'// in a substitution'}`;
console.log(u);
function f(/* no params */) { return /* value */ 'f'; }
console.log(f());
// A block comment with a newline inside ends a return statement like a newline.
function g() {
  return /*
  */ 'never';
}
console.log('g:', g());
function h() {
  return /* same line */ 'kept';
}
console.log('h:', h());
const obj = {
  a: 1, // after a property
  /* before b */ b: 2,
};
console.log(obj.a + obj.b);
console.log('end'); /* last */
