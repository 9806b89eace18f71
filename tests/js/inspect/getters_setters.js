// Accessor properties print as [Getter], [Setter] and [Getter/Setter].
const o = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; },
  set both(v) {},
  plain: 3,
};
console.log(o);
console.log([o]);
class C {
  get g() { return 'not shown'; }
}
console.log(new C(), Object.defineProperty({}, 'defined', { get() { return 1; }, enumerable: true }));
console.log(Object.defineProperty({}, 'hidden', { get() { return 1; }, enumerable: false }));
