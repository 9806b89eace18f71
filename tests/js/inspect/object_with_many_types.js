// A realistic object mixing every kind of value, printed at the default depth.
const config = {
  name: 'looplab',
  version: 1.5,
  enabled: true,
  owner: null,
  missing: undefined,
  tags: ['sim', 'node', 'js'],
  limits: { cpu: 4, memory: '512MB', nested: { deep: { deeper: 'hidden' } } },
  created: new Date(0),
  handlers: { onStart() {}, onStop: () => {} },
  lookup: new Map([['a', 1]]),
  ids: new Set([1, 2]),
  pattern: Symbol('pattern'),
};
console.log(config);
console.log([config.tags, config.limits]);
