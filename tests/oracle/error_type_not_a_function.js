// Calling something that is not a function is an uncaught TypeError.
const settings = { retries: 3 };
console.log('calling');
settings.retries();
