// Labels on loops and blocks.
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}

block: {
  console.log('in block');
  if (true) break block;
  console.log('never printed');
}
console.log('after block');

let count = 0;
loop: while (true) {
  count++;
  switch (count) {
    case 3:
      break loop;
    default:
      continue loop;
  }
}
console.log('count', count);

a: b: for (let k = 0; k < 5; k++) {
  if (k === 2) continue a;
  if (k === 4) break b;
  console.log('k', k);
}

// A label can be reused once its statement ends.
done: for (const x of [1, 2]) { if (x) break done; }
done: for (const x of [3, 4]) { console.log('second done label', x); break done; }
