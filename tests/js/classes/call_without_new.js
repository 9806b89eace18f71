// Calling a class without new, and other constructor misuse.
class Widget {}
try {
  Widget();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const Anonymous = class {};
try {
  Anonymous();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Widget.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const obj = { method() {} };
try {
  new obj.method();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const arrow = () => {};
try {
  new arrow();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Math.max();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new (async function af() {})();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const notFn = 5;
  new notFn();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Symbol.prototype.constructor && new Symbol();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
