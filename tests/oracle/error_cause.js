// Error options: cause.
const root = new Error('root');
const wrapped = new Error('wrapped', { cause: root });
console.log(wrapped.message, wrapped.cause === root, wrapped.cause.message);
console.log('cause' in new Error('plain'));
