// Deeply nested patterns with defaults, mixing arrays and objects.
const config = {
  server: { host: 'localhost', ports: [8080] },
  features: [{ name: 'auth', enabled: true }, { name: 'cache' }],
};
const {
  server: { host, ports: [http, https = 443] },
  features: [{ name: f1 }, { name: f2, enabled: e2 = false }, { name: f3 = 'none' } = {}],
  logging: { level = 'info', targets: [target = 'stdout'] = [] } = {},
} = config;
console.log(host, http, https, f1, f2, e2, f3, level, target);
const [{ a = 1 } = {}, [b = 2] = []] = [];
console.log(a, b);
const { x: { y: { z = 'deep default' } = {} } = {} } = { x: {} };
console.log(z);
function settings({ theme: { color = 'blue', size = 'm' } = {}, ...rest } = {}) {
  return { color, size, rest };
}
console.log(settings(), settings({ theme: { size: 'xl' }, extra: 1 }));
const defaultsOrder = [];
const { p = defaultsOrder.push('p'), q = defaultsOrder.push('q') } = { q: 'given' };
console.log(p, q, defaultsOrder);
