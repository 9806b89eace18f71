// An error's stack starts with "Name: message".
const e = new TypeError('bad input');
console.log(e.stack.split('\n')[0]);
console.log(String(e));
console.log(Object.prototype.toString.call(e));
