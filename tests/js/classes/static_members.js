// Static methods, static fields, static blocks, and static inheritance.
class Counter {
  static count = 0;
  static #secret = 'hidden';
  static increment() { return ++Counter.count; }
  static get secret() { return Counter.#secret; }
  static {
    Counter.initializedInBlock = 'static block ran';
    console.log('static block sees count', this.count);
  }
  static create() { return new this(); }
}
Counter.increment();
Counter.increment();
console.log(Counter.count, Counter.secret, Counter.initializedInBlock);
console.log(typeof new Counter().increment, Counter.create() instanceof Counter);
class Sub extends Counter {
  static increment() { return 'sub: ' + super.increment(); }
}
console.log(Sub.increment(), Sub.count, Object.getPrototypeOf(Sub) === Counter);
console.log(Sub.create() instanceof Sub);
console.log(Object.keys(Counter));
class Config {
  static defaults = { debug: false };
  static merged = { ...Config.defaults, verbose: true };
  static self = this.name;
}
console.log(Config.merged, Config.self);
