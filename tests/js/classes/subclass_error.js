// Subclassing Error: name, message, instanceof, toString, and extra fields.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, `${field} is required`);
    this.name = 'RequiredError';
  }
}
try {
  throw new RequiredError('email');
} catch (e) {
  console.log(e.name, e.message, e.field);
  console.log(String(e));
  console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e));
}
class AutoName extends Error {
  get name() { return this.constructor.name; }
}
console.log(String(new AutoName('via getter')));
class WithCause extends Error {}
const wc = new WithCause('outer', { cause: new Error('inner') });
console.log(wc.name, wc.message, wc.cause.message, String(wc));
class HttpError extends Error {
  constructor(status) { super(`HTTP ${status}`); this.status = status; }
  get isClientError() { return this.status >= 400 && this.status < 500; }
}
const h = new HttpError(404);
console.log(h.message, h.isClientError, Object.prototype.toString.call(h));
