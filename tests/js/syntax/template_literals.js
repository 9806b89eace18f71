// Template literals: substitutions, expressions, nesting, multi-line, escapes.
const name = 'world';
const n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`calls: ${[1, 2, 3].map((x) => x * 2).join('-')}`);
console.log(`nested: ${`inner ${name.toUpperCase()} ${`deepest ${n}`}`}`);
console.log(`ternary: ${n > 2 ? `big ${n}` : 'small'}`);
console.log(`multi
line
  indented`);
console.log(`escapes: \` \${not} \\ \u0041 \x42`);
console.log(`${null} ${undefined} ${true} ${{}} ${[1, [2, 3]]}`);
const obj = { toString() { return 'custom toString'; }, valueOf() { return 99; } };
console.log(`${obj}`, '' + obj);
console.log(`${-0} ${1e21} ${0.1 + 0.2}`);
console.log(`a${''}b${''}c`.length);
console.log(`${'$'}{x}`);
const sym = Symbol('s');
try {
  console.log(`${sym}`);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(`${sym.toString()}`);
