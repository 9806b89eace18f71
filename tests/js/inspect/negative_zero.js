// -0 prints as -0 everywhere console.log shows a number, but not in string conversions.
console.log(-0, [-0], { v: -0 }, new Map([[-0, -0]]), new Set([-0]));
console.log(String(-0), `${-0}`, -0 + '', JSON.stringify(-0), (-0).toFixed(1), [-0].join());
console.log('%d %i %f %s', -0, -0, -0, -0);
console.log(0 * -1, Math.round(-0.1), -0 === 0, Object.is(-0, 0));
console.log([0, -0, 0, -0, 0, -0, 0]);
