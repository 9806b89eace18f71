// Custom error hierarchies: name set in constructors or on prototypes, instanceof chains, codes.
class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = this.constructor.name;
  }
}
class DbError extends AppError {
  constructor(message, code, options) { super(message, options); this.code = code; }
}
class NotFound extends DbError {}
NotFound.prototype.status = 404;
const errs = [new AppError('app'), new DbError('db', 'E_DB'), new NotFound('row 7 missing', 'E_NF', { cause: new Error('query empty') })];
for (const e of errs) {
  console.log(String(e), '|', e.stack.split('\n')[0], '|', e instanceof AppError, e instanceof DbError, e instanceof NotFound, e.code, e.status);
}
const nf = errs[2];
console.log(nf.cause.message, Object.keys(nf), nf.name, Object.prototype.toString.call(nf));
function classify(e) {
  if (e instanceof NotFound) return 'not found';
  if (e instanceof DbError) return 'db problem';
  if (e instanceof AppError) return 'app problem';
  if (e instanceof TypeError) return 'type problem';
  return 'unknown';
}
console.log(errs.map(classify), classify(new TypeError('t')), classify('string'));
function Legacy(message) {
  this.message = message;
}
Legacy.prototype = Object.create(Error.prototype);
Legacy.prototype.constructor = Legacy;
Legacy.prototype.name = 'Legacy';
const legacy = new Legacy('old style');
console.log(String(legacy), legacy instanceof Error, legacy.stack === undefined);
const wrapped = new Error('wrapper', { cause: nf });
let chain = [], cur = wrapped;
while (cur) { chain.push(cur.message); cur = cur.cause; }
console.log(chain);
