// Promise constructor misuse: the TypeErrors, and resolving a promise with itself.
try {
  new Promise();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Promise('executor');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Promise((r) => r());
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let resolveSelf;
const selfP = new Promise((r) => { resolveSelf = r; });
resolveSelf(selfP);
selfP.catch((e) => console.log(e.name + ': ' + e.message));
try {
  Promise.prototype.then.call({}, () => {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof Promise.withResolvers, Promise.length, Promise.name);
