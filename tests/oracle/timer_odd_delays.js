// Delays that are not numbers become 1 ms; numeric strings are converted.
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('"abc"'), 'abc');
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('"100" (a numeric string: 100 ms)'), '100');
setTimeout(() => console.log('null'), null);
