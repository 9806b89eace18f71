// console.group indents the lines inside it.
console.log('outer');
console.group('group A');
console.log('inside A');
console.group();
console.log('inside nested');
console.groupEnd();
console.info('back in A');
console.groupEnd();
console.log('outer again');
