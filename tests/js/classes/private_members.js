// Private #fields, #methods, static privates, `#x in obj`, and the errors around them.
class Account {
  #balance = 0;
  static #count = 0;
  constructor(owner) {
    this.owner = owner;
    Account.#count++;
  }
  deposit(n) { this.#check(n); this.#balance += n; return this; }
  #check(n) { if (n <= 0) throw new RangeError('amount must be positive'); }
  get balance() { return this.#balance; }
  static count() { return Account.#count; }
  static isAccount(o) { return #balance in o; }
  peek(other) { return other.#balance; }
}
const a = new Account('ann').deposit(10).deposit(5);
console.log(a.balance, Account.count(), Object.keys(a), JSON.stringify(a));
try {
  a.deposit(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Account.isAccount(a), Account.isAccount({}));
try {
  a.peek({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Twice {
  #x = 1;
  static make(o) { return o; }
  getX() { return this.#x; }
}
try {
  Twice.prototype.getX.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class WithPrivateAccessor {
  #v = 1;
  get #double() { return this.#v * 2; }
  set #double(n) { this.#v = n / 2; }
  run() { this.#double = 10; return [this.#v, this.#double]; }
}
console.log(new WithPrivateAccessor().run());
class SameName {
  #id = 'private';
  id = 'public';
  both() { return [this.#id, this.id]; }
}
console.log(new SameName().both());
