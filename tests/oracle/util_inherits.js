// util.inherits sets the prototype chain and super_.
const util = require('util');
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
for (const args of [[undefined, Animal], [Dog, null], [Dog, {}]]) {
  try {
    util.inherits(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
