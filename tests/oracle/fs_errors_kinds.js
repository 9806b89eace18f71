// The other errno errors a script meets: EISDIR, ENOTDIR, EEXIST, EBADF, and node's own
// argument errors (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE).
const fs = require('fs');
const path = require('path');

// Relative names (the working directory is the script's own), so messages read the same anywhere.
const self = './' + path.basename(__filename);

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('readFileSync of a directory', () => fs.readFileSync('.'));
attempt('readdirSync of a file', () => fs.readdirSync(self));
attempt('statSync through a file', () => fs.statSync(self + '/x'));
attempt('mkdirSync of an existing directory', () => fs.mkdirSync('.'));
attempt('closeSync of a bad fd', () => fs.closeSync(987));
attempt('closeSync(-1)', () => fs.closeSync(-1));
attempt('closeSync("3")', () => fs.closeSync('3'));
attempt('readFile without a callback', () => fs.readFile(self));
attempt('statSync()', () => fs.statSync());
attempt('statSync({})', () => fs.statSync({}));
attempt('openSync with bad flags', () => fs.openSync(self, 'z'));
attempt('readFileSync with a bad encoding', () => fs.readFileSync(self, 'bogus'));
attempt('readFileSync with options 42', () => fs.readFileSync(self, 42));
attempt('writeFileSync of a number', () => fs.writeFileSync('/tmp/looplab-never-written', 42));
attempt('statSync with a null byte', () => fs.statSync('a\0b'));
attempt('existsSync(42)', () => console.log(fs.existsSync(42)));
