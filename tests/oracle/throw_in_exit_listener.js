process.on('exit', () => { console.log('x'); throw new Error('e'); });
process.on('exit', () => console.log('2'));
