// A subclass of Error that sets its name is reported with that name.
class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}
try {
  throw new ConfigError('caught once');
} catch (e) {
  console.log(e.name, e.message, e instanceof ConfigError, e instanceof Error);
}
throw new ConfigError('missing key');
