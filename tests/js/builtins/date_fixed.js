// Date from fixed timestamps only: toISOString, getUTC*, arithmetic, Date.UTC, parsing ISO strings.
const epoch = new Date(0);
console.log(epoch.toISOString(), epoch.getTime(), epoch.valueOf(), JSON.stringify(epoch), +epoch);
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(new Date('2020-06-15T10:20:30.000Z').getTime(), new Date('2020-06-15T10:20:30Z').toISOString());
console.log(new Date('2020-06-15').toISOString(), Date.parse('2001-02-03T04:05:06.007Z'));
const later = new Date(d.getTime() + 24 * 3600 * 1000);
console.log(later.toISOString(), later - d, later > d);
const copy = new Date(d);
copy.setUTCFullYear(2025);
console.log(copy.toISOString(), d.toISOString());
const m = new Date(Date.UTC(2021, 0, 31));
m.setUTCMonth(1);
console.log('Jan 31 + 1 month:', m.toISOString());
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), Date.UTC(1969, 11, 31, 23, 59, 59, 999));
console.log(new Date(-1).toISOString(), new Date(8.64e15).toISOString());
const invalid = new Date('not a date');
console.log(invalid.getTime(), String(invalid), isNaN(invalid));
try {
  invalid.toISOString();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(new Date(8.64e15 + 1).getTime(), typeof Date.now(), typeof Date(), epoch instanceof Date);
console.log(new Date(1e12).toJSON(), new Date(Date.UTC(99, 0)).getUTCFullYear());
