// util.promisify works on fs's callback functions; fs.exists has its own promisified form that
// resolves with the boolean (its callback takes no error argument).
const fs = require('fs');
const util = require('util');

const readFile = util.promisify(fs.readFile);
const stat = util.promisify(fs.stat);
const exists = util.promisify(fs.exists);
async function main() {
  const text = await readFile(__filename, 'utf8');
  console.log('readFile:', text.startsWith('// util.promisify'));
  console.log('stat:', (await stat(__filename)).isFile());
  console.log('exists:', await exists(__filename), await exists('/looplab-oracle-missing'));
  try {
    await readFile('/looplab-oracle-missing');
  } catch (err) {
    console.log('rejected:', err.code);
  }
}
main();
