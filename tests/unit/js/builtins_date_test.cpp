// Date: JavaScript snippets run through the engine, compared with what node v20 prints
// for them (print(...) = console.log of the String of each argument). The expected texts were
// produced by running each snippet in node, not written by hand.
// Local time is UTC in Looplab, so node was run with TZ=UTC for these. The virtual clock case at the end is
// Looplab's own.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins date: fixed timestamps and UTC getters") {
  CHECK(run(R"JS(const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
print(d.toISOString(), d.getTime(), d.valueOf(), +d, JSON.stringify(d));
print(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
print(new Date(-1).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(8.64e15 + 1).getTime(), new Date(-62198755200000).toISOString());
)JS") == R"OUT(2024-02-29T13:45:30.123Z 1709214330123 1709214330123 1709214330123 "2024-02-29T13:45:30.123Z"
2024 1 29 4 13 45 30 123
1969-12-31T23:59:59.999Z +275760-09-13T00:00:00.000Z -271821-04-20T00:00:00.000Z NaN -000001-01-01T00:00:00.000Z
)OUT");
}

TEST_CASE("builtins date: Date UTC and components") {
  CHECK(
      run(R"JS(print(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(99, 0), Date.UTC(2020, 13, 1), Date.UTC(2020, 0, 0), Date.UTC(), Date.UTC(NaN));
print(new Date(Date.UTC(99, 0)).getUTCFullYear(), new Date(2020, 0, 31, 25).toISOString());
)JS") == R"OUT(0 946684800000 -1 915148800000 1612137600000 1577750400000 NaN NaN
1999 2020-02-01T01:00:00.000Z
)OUT");
}

TEST_CASE("builtins date: parsing ISO strings") {
  CHECK(
      run(R"JS(const p = (s) => Date.parse(s);
print(p('2020-06-15T10:20:30.000Z'), p('2020-06-15T10:20:30Z'), p('2020-06-15'), p('2020-06'), p('2020'), p('2001-02-03T04:05:06.007Z'), p('2020-06-15T10:20:30+02:00'), p('2020-06-15T10:20'));
print(p('+002020-01-01T00:00:00Z'), p('-000001-01-01T00:00:00Z'), p('2020-02-30'), p('2020-13-01'), p('nope'), p('2020-06-15T25:00'), p('2020-06-15T10:20:30.5Z'), p('2020-06-15T24:00:00Z'));
)JS") ==
      R"OUT(1592216430000 1592216430000 1592179200000 1590969600000 1577836800000 981173106007 1592209230000 1592216400000
1577836800000 -62198755200000 1583020800000 NaN NaN NaN 1592216430500 1592265600000
)OUT");
}

TEST_CASE("builtins date: parsing legacy strings") {
  CHECK(run(R"JS(const p = (s) => Date.parse(s);
print(p('Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)'), p('Tue, 05 Mar 2024 10:00:00 GMT'), p('March 5, 2024'), p('Mar 5 2024 10:30 GMT+0200'), p('2024/03/05'), p('3/5/2024'));
)JS") == R"OUT(1709632800000 1709632800000 1709596800000 1709627400000 1709596800000 1709596800000
)OUT");
}

TEST_CASE("builtins date: string forms") {
  CHECK(run(R"JS(const d = new Date(Date.UTC(2024, 2, 5, 9, 7, 3));
print(d.toString());
print(d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString(), '|', d.toGMTString());
print(String(new Date(NaN)), new Date(NaN).toDateString(), new Date(NaN).toUTCString(), JSON.stringify(new Date(NaN)), d.toJSON());
try { new Date(NaN).toISOString(); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(Tue Mar 05 2024 09:07:03 GMT+0000 (Coordinated Universal Time)
Tue Mar 05 2024 | 09:07:03 GMT+0000 (Coordinated Universal Time) | Tue, 05 Mar 2024 09:07:03 GMT | Tue, 05 Mar 2024 09:07:03 GMT
Invalid Date Invalid Date Invalid Date null 2024-03-05T09:07:03.000Z
RangeError: Invalid time value
)OUT");
}

TEST_CASE("builtins date: setters") {
  CHECK(run(R"JS(const d = new Date(Date.UTC(2021, 0, 31));
d.setUTCMonth(1);
print(d.toISOString());
d.setUTCHours(25, 61, 61, 1001);
print(d.toISOString(), d.setUTCDate(0), d.toISOString());
d.setUTCFullYear(2000, 5);
print(d.toISOString(), d.setUTCMinutes(30), d.setUTCSeconds(15, 250), d.toISOString(), d.setUTCMilliseconds(999), d.setTime(0), d.toISOString());
const bad = new Date(NaN);
print(bad.setUTCHours(1), bad.setUTCFullYear(2020), bad.toISOString());
)JS") == R"OUT(2021-03-03T00:00:00.000Z
2021-03-04T02:02:02.001Z 1614477722001 2021-02-28T02:02:02.001Z
2000-06-28T02:02:02.001Z 962159402001 962159415250 2000-06-28T02:30:15.250Z 962159415999 0 1970-01-01T00:00:00.000Z
NaN 1577836800000 2020-01-01T00:00:00.000Z
)OUT");
}

TEST_CASE("builtins date: conversions and operators") {
  CHECK(run(R"JS(const a = new Date(1000), b = new Date(5000);
print(b - a, a < b, a + 1 === a.toString() + '1', `${a}` === a.toString(), a[Symbol.toPrimitive]('number'), typeof a[Symbol.toPrimitive]('default'));
try { a[Symbol.toPrimitive]('bad'); } catch (e) { print(e.name + ': ' + e.message); }
print(new Date(a).getTime(), new Date('1970-01-01T00:00:01Z').getTime(), new Date(true).getTime(), Object.prototype.toString.call(a), a instanceof Date, typeof Date(), Date.length);
try { Date.prototype.getTime.call({}); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(4000 true true true 1000 string
TypeError: Invalid hint: bad
1000 1000 1 [object Date] true string 7
TypeError: this is not a Date object.
)OUT");
}

TEST_CASE("builtins date: years before 1 and far ahead") {
  CHECK(
      run(R"JS(const ds = [Date.UTC(-1, 0, 1), Date.UTC(-80101, 7, 15), Date.UTC(0, 0, 1) - 1, 8.64e15];
for (const t of ds) {
  const d = new Date(t);
  print(d.toISOString(), '|', d.toString(), '|', d.toUTCString(), '|', d.toLocaleDateString());
}
)JS") ==
      R"OUT(-000001-01-01T00:00:00.000Z | Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time) | Fri, 01 Jan -0001 00:00:00 GMT | 1/1/2
-080101-08-15T00:00:00.000Z | Tue Aug 15 -80101 00:00:00 GMT+0000 (Coordinated Universal Time) | Tue, 15 Aug -80101 00:00:00 GMT | 8/15/80102
1899-12-31T23:59:59.999Z | Sun Dec 31 1899 23:59:59 GMT+0000 (Coordinated Universal Time) | Sun, 31 Dec 1899 23:59:59 GMT | 12/31/1899
+275760-09-13T00:00:00.000Z | Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time) | Sat, 13 Sep 275760 00:00:00 GMT | 9/13/275760
)OUT");
}

// The virtual clock (date.cpp): scripts start at 2024-01-01T00:00:00.000Z and time moves with
// the simulation. Node cannot referee these: the expectations follow Looplab's documented epoch.
TEST_CASE("builtins date: now reads the virtual clock") {
  CHECK(run(R"JS(
const t0 = Date.now();
print(t0, new Date().toISOString(), new Date().getTimezoneOffset(), typeof Date());
setTimeout(() => {
  const dt = Date.now() - t0;
  print(dt >= 1500 && dt < 1510, new Date().toISOString().slice(0, 19));
}, 1500);
)JS") == "1704067200000 2024-01-01T00:00:00.000Z 0 string\ntrue 2024-01-01T00:00:01\n");
}
