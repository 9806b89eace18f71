class Queue extends Array {
  #size = 0;
  static #count = 0;
  static from(x) { return new Queue(...x); }
  get size() { return this.#size; }
  set size(v) { this.#size = v; }
  push(...items) { this.#size += items.length; return super.push(...items); }
  static { Queue.#count++; }
  has(o) { return #size in o; }
}
const C = class { constructor() { new.target; } };
