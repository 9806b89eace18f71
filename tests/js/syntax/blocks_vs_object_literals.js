// Braces: a block at statement start, an object literal in expression position, arrow bodies.
{
  const inBlock = 'a block, not an object';
  console.log(inBlock);
}
const asObject = { key: 'an object literal' };
console.log(asObject);
const arrowBlock = () => { key: 'label inside a block body'; };
const arrowObject = () => ({ key: 'object in parentheses' });
console.log(arrowBlock(), arrowObject());
console.log(({}).toString(), typeof {}, [{}].length);
const nested = { inner: { innermost: {} } };
console.log(Object.keys(nested.inner));
if (true) { label: { console.log('labelled block inside if'); break label; } }
const fnReturningObject = function () {
  return {
    sameLine: true,
  };
};
console.log(fnReturningObject());
const empty = {};
{}
console.log('empty block is a statement', Object.keys(empty).length);
