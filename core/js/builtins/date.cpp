// Date (21.4) on Looplab's virtual clock.
//
// - The current time is the virtual clock: Date.now() = kEpochMs + the process's hrtime in whole
//   milliseconds, so a script always starts on 2024-01-01T00:00:00.000Z (plus the process's
//   clock offset) and time moves only as the simulation advances it. Date.now is a host
//   call: the interpreter yields before calling it, so the CPU spent so
//   far is on the clock (`while (Date.now() < end) {}` takes simulated time). Outside a run the
//   clock reads kEpochMs.
// - Local time is UTC: the simulated machine's timezone is UTC, getTimezoneOffset() is 0, and
//   toString prints "GMT+0000 (Coordinated Universal Time)" as node does with TZ=UTC.
// - Date.parse reads the ISO format (date-only forms are UTC, date-time forms without an offset
//   are local = UTC) and the common legacy forms node accepts ("Tue Mar 05 2024 10:00:00
//   GMT+0000", "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024 10:00", "2024/03/05").
#include <cmath>
#include <cstdio>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/js/vm/vm.h"
#include "core/node/js_job.h"

namespace looplab::js {

namespace {

constexpr double kEpochMs = 1704067200000.0;  // 2024-01-01T00:00:00.000Z
constexpr double kMsPerDay = 86400000.0;

const char* const kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

double now_ms(Vm& vm) {
  if (vm.host() == nullptr) return kEpochMs;
  // No yield for a clock read (so a busy-wait loop stays fast): the host's time plus what the
  // callback has run since it last yielded.
  auto ns = static_cast<double>(vm.host()->hrtime() + vm.engine().pending_cost_ns());
  return kEpochMs + std::floor(ns / 1e6);
}

// ---- Day and time arithmetic (21.4.1) ----

double pos_mod(double a, double b) {
  double r = std::fmod(a, b);
  return r < 0 ? r + b : r;
}

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12), exact for the whole range.
double days_from_civil(double year, double month, double day) {
  double y = month <= 2 ? year - 1 : year;
  double era = std::floor(y / 400);
  double yoe = y - era * 400;                                                  // [0, 399]
  double mp = month > 2 ? month - 3 : month + 9;                               // March-based month
  double doy = std::floor((153 * mp + 2) / 5) + day - 1;                       // [0, 365]
  double doe = yoe * 365 + std::floor(yoe / 4) - std::floor(yoe / 100) + doy;  // [0, 146096]
  return era * 146097 + doe - 719468;
}

struct Civil {
  double year, month, day;  // month 0..11, day 1..31
};

Civil civil_from_days(double z) {
  z += 719468;
  double era = std::floor(z / 146097);
  double doe = z - era * 146097;
  double yoe =
      std::floor((doe - std::floor(doe / 1460) + std::floor(doe / 36524) - std::floor(doe / 146096)) / 365);
  double y = yoe + era * 400;
  double doy = doe - (365 * yoe + std::floor(yoe / 4) - std::floor(yoe / 100));
  double mp = std::floor((5 * doy + 2) / 153);
  double d = doy - std::floor((153 * mp + 2) / 5) + 1;
  double m = mp < 10 ? mp + 3 : mp - 9;
  return {m <= 2 ? y + 1 : y, m - 1, d};
}

struct Fields {
  double year, month, day, hours, minutes, seconds, ms, weekday;
};

Fields fields_of(double t) {
  double day = std::floor(t / kMsPerDay);
  double in_day = pos_mod(t, kMsPerDay);
  Civil c = civil_from_days(day);
  return {c.year,
          c.month,
          c.day,
          std::floor(in_day / 3600000),
          pos_mod(std::floor(in_day / 60000), 60),
          pos_mod(std::floor(in_day / 1000), 60),
          pos_mod(in_day, 1000),
          pos_mod(day + 4, 7)};
}

// 21.4.1.28 MakeDay (year, month, date may be any integers).
double make_day(double year, double month, double date) {
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return NAN;
  double ym = year + std::floor(month / 12);
  if (std::fabs(ym) > 400000) return NAN;
  double mn = pos_mod(month, 12);
  return days_from_civil(ym, mn + 1, 1) + date - 1;
}

double make_time(double h, double m, double s, double ms) {
  if (!std::isfinite(h) || !std::isfinite(m) || !std::isfinite(s) || !std::isfinite(ms)) return NAN;
  return std::trunc(h) * 3600000 + std::trunc(m) * 60000 + std::trunc(s) * 1000 + std::trunc(ms);
}

double make_date(double day, double time) {
  if (!std::isfinite(day) || !std::isfinite(time)) return NAN;
  double tv = day * kMsPerDay + time;
  return std::isfinite(tv) ? tv : NAN;
}

double time_clip(double t) {
  if (!std::isfinite(t) || std::fabs(t) > 8.64e15) return NAN;
  return std::trunc(t) + 0.0;
}

// ---- Formatting ----

std::string pad(double v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
  return buf;
}

// V8 prints years with "%04d" (and "%05d" for negative ones: -0001, -80101).
std::string year_string(double year) {
  if (year < 0) return "-" + pad(-year, 4);
  return pad(year, 4);
}

std::string iso_string(double t) {
  Fields f = fields_of(t);
  std::string year;
  if (f.year >= 0 && f.year <= 9999) {
    year = pad(f.year, 4);
  } else {
    year = (f.year < 0 ? "-" : "+") + pad(std::fabs(f.year), 6);
  }
  return year + "-" + pad(f.month + 1, 2) + "-" + pad(f.day, 2) + "T" + pad(f.hours, 2) + ":" +
         pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + "." + pad(f.ms, 3) + "Z";
}

std::string date_part(const Fields& f) {
  return std::string(kWeekdays[static_cast<int>(f.weekday)]) + " " + kMonths[static_cast<int>(f.month)] +
         " " + pad(f.day, 2) + " " + year_string(f.year);
}

std::string time_part(const Fields& f) {
  return pad(f.hours, 2) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) +
         " GMT+0000 (Coordinated Universal Time)";
}

std::string to_string_form(double t) {
  if (std::isnan(t)) return "Invalid Date";
  Fields f = fields_of(t);
  return date_part(f) + " " + time_part(f);
}

std::string utc_string(double t) {
  Fields f = fields_of(t);
  return std::string(kWeekdays[static_cast<int>(f.weekday)]) + ", " + pad(f.day, 2) + " " +
         kMonths[static_cast<int>(f.month)] + " " + year_string(f.year) + " " + pad(f.hours, 2) + ":" +
         pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + " GMT";
}

// en-US numeric date; years before 1 count back from 1 BC (ICU's era year, printed bare).
std::string locale_date(const Fields& f) {
  double year = f.year <= 0 ? 1 - f.year : f.year;
  return std::to_string(static_cast<long long>(f.month + 1)) + "/" +
         std::to_string(static_cast<long long>(f.day)) + "/" + std::to_string(static_cast<long long>(year));
}

std::string locale_time(const Fields& f) {
  int h = static_cast<int>(f.hours);
  int h12 = h % 12 == 0 ? 12 : h % 12;
  return std::to_string(h12) + ":" + pad(f.minutes, 2) + ":" + pad(f.seconds, 2) + (h < 12 ? " AM" : " PM");
}

// ---- Parsing ----

class DateParser {
 public:
  explicit DateParser(const std::u16string& text) : m_text(text) {}

  double parse() {
    double iso = parse_iso();
    if (!std::isnan(iso) || looks_iso()) return iso;
    return parse_legacy();
  }

 private:
  bool digit_at(std::size_t i) const { return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9'; }
  bool read_digits(std::size_t& i, int count, double& out) const {
    out = 0;
    for (int k = 0; k < count; ++k) {
      if (!digit_at(i)) return false;
      out = out * 10 + (m_text[i++] - '0');
    }
    return true;
  }
  bool at(std::size_t i, char16_t c) const { return i < m_text.size() && m_text[i] == c; }

  // "YYYY-" or "±YYYYYY": an ISO string that failed its checks is invalid, not legacy input.
  bool looks_iso() const {
    if (at(0, '+') || at(0, '-')) return true;
    for (std::size_t i = 0; i < 4; ++i) {
      if (!digit_at(i)) return false;
    }
    return at(4, '-');
  }

  // 21.4.1.32 Date Time String Format.
  double parse_iso() const {
    std::size_t i = 0;
    double year = 0, month = 1, day = 1, h = 0, m = 0, s = 0, ms = 0;
    if (at(0, '+') || at(0, '-')) {
      bool negative = at(0, '-');
      i = 1;
      if (!read_digits(i, 6, year)) return NAN;
      if (negative && year == 0) return NAN;
      if (negative) year = -year;
    } else if (!read_digits(i, 4, year)) {
      return NAN;
    }
    if (at(i, '-')) {
      ++i;
      if (!read_digits(i, 2, month) || month < 1 || month > 12) return NAN;
      if (at(i, '-')) {
        ++i;
        if (!read_digits(i, 2, day) || day < 1 || day > 31) return NAN;
      }
    }
    bool has_time = false;
    double offset_min = 0;
    bool utc = true;  // date-only forms are UTC; date-time forms without offset are local (= UTC)
    if (at(i, 'T') || at(i, 't') || (at(i, ' ') && digit_at(i + 1))) {
      has_time = true;
      ++i;
      if (!read_digits(i, 2, h) || !at(i, ':')) return NAN;
      ++i;
      if (!read_digits(i, 2, m)) return NAN;
      if (at(i, ':')) {
        ++i;
        if (!read_digits(i, 2, s)) return NAN;
        if (at(i, '.') || at(i, ',')) {
          ++i;
          if (!digit_at(i)) return NAN;
          double scale = 100;
          while (digit_at(i)) {
            ms += (m_text[i++] - '0') * scale;
            scale /= 10;
          }
          ms = std::floor(ms);
        }
      }
      if (h > 24 || m > 59 || s > 59 || (h == 24 && (m > 0 || s > 0 || ms > 0))) return NAN;
      if (at(i, 'Z') || at(i, 'z')) {
        ++i;
      } else if (at(i, '+') || at(i, '-')) {
        double sign = at(i, '-') ? -1 : 1;
        ++i;
        double oh = 0, om = 0;
        if (!read_digits(i, 2, oh)) return NAN;
        if (at(i, ':')) ++i;
        if (!read_digits(i, 2, om)) return NAN;
        offset_min = sign * (oh * 60 + om);
      }
    }
    (void)utc;
    (void)has_time;
    if (i != m_text.size()) return NAN;
    // Like V8, any day 1..31 is accepted in every month ("2020-02-30" is March 1).
    double t = make_date(make_day(year, month - 1, day), make_time(h, m, s, ms));
    return t - offset_min * 60000;
  }

  static int month_index(const std::string& word) {
    for (int k = 0; k < 12; ++k) {
      std::string name = kMonths[k];
      for (char& c : name) c = static_cast<char>(std::tolower(c));
      if (word.size() >= 3 && word.compare(0, 3, name) == 0) return k;
    }
    return -1;
  }

  // A forgiving reader for the non-ISO forms: words (month names, weekdays, GMT/UTC/Z, AM/PM),
  // numbers (day, year, or a/b/c dates) and hh:mm[:ss] times, plus +hhmm offsets.
  double parse_legacy() const {
    std::size_t i = 0, n = m_text.size();
    double year = NAN, month = NAN, day = NAN, h = 0, mi = 0, s = 0, offset_min = 0;
    bool pm = false, am = false;
    std::vector<double> numbers;
    while (i < n) {
      char16_t c = m_text[i];
      if (c == '(') {
        while (i < n && m_text[i] != ')') ++i;
        ++i;
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        std::string word;
        while (i < n && ((m_text[i] >= 'a' && m_text[i] <= 'z') || (m_text[i] >= 'A' && m_text[i] <= 'Z'))) {
          word.push_back(static_cast<char>(std::tolower(m_text[i++])));
        }
        int mo = month_index(word);
        if (mo >= 0) {
          month = mo;
        } else if (word == "am") {
          am = true;
        } else if (word == "pm") {
          pm = true;
        } else if (word == "gmt" || word == "utc" || word == "ut" || word == "z") {
          // Offset may follow.
        } else {
          bool weekday = false;
          for (const char* w : kWeekdays) {
            std::string lw = w;
            for (char& ch : lw) ch = static_cast<char>(std::tolower(ch));
            if (word.compare(0, 3, lw) == 0) weekday = true;
          }
          if (!weekday) return NAN;
        }
        continue;
      }
      if ((c == '+' || c == '-') && i + 1 < n && digit_at(i + 1) && !numbers.empty()) {
        double sign = c == '-' ? -1 : 1;
        ++i;
        double v = 0;
        int digits = 0;
        while (digit_at(i)) v = v * 10 + (m_text[i++] - '0'), ++digits;
        if (at(i, ':')) {
          ++i;
          double mm = 0;
          while (digit_at(i)) mm = mm * 10 + (m_text[i++] - '0');
          offset_min = sign * (v * 60 + mm);
        } else {
          offset_min = sign * (digits <= 2 ? v * 60 : std::floor(v / 100) * 60 + std::fmod(v, 100));
        }
        continue;
      }
      if (digit_at(i)) {
        double v = 0;
        while (digit_at(i)) v = v * 10 + (m_text[i++] - '0');
        if (at(i, ':')) {
          h = v;
          ++i;
          double x = 0;
          while (digit_at(i)) x = x * 10 + (m_text[i++] - '0');
          mi = x;
          if (at(i, ':')) {
            ++i;
            x = 0;
            while (digit_at(i)) x = x * 10 + (m_text[i++] - '0');
            s = x;
          }
          if (at(i, '.')) {
            ++i;
            while (digit_at(i)) ++i;
          }
          continue;
        }
        if (at(i, '/') || at(i, '-')) {
          // a/b/c: month/day/year, or year/month/day when the first has 4 digits.
          std::vector<double> parts{v};
          while (at(i, '/') || at(i, '-')) {
            ++i;
            double x = 0;
            if (!digit_at(i)) return NAN;
            while (digit_at(i)) x = x * 10 + (m_text[i++] - '0');
            parts.push_back(x);
          }
          if (parts.size() != 3) return NAN;
          if (parts[0] > 31) {
            year = parts[0], month = parts[1] - 1, day = parts[2];
          } else {
            month = parts[0] - 1, day = parts[1], year = parts[2];
          }
          continue;
        }
        numbers.push_back(v);
        continue;
      }
      ++i;  // separators: spaces, commas, dots
    }
    for (double v : numbers) {
      if (std::isnan(day) && v <= 31 && !std::isnan(month)) {
        day = v;
      } else if (std::isnan(year)) {
        year = v;
      } else if (std::isnan(day)) {
        day = v;
      }
    }
    if (std::isnan(month) || std::isnan(year)) return NAN;
    if (std::isnan(day)) day = 1;
    if (year >= 0 && year <= 49)
      year += 2000;
    else if (year >= 50 && year <= 99)
      year += 1900;
    if (pm && h < 12) h += 12;
    if (am && h == 12) h = 0;
    double t = make_date(make_day(year, month, day), make_time(h, mi, s, 0));
    return t - offset_min * 60000;
  }

  const std::u16string& m_text;
};

double parse_date(const std::u16string& text) {
  return time_clip(DateParser(text).parse());
}

// ---- Receiver ----

DateObject* this_date(Vm& vm, Value this_value) {
  if (this_value.is_object() && this_value.as_object()->object_class() == ObjectClass::kDate) {
    return static_cast<DateObject*>(this_value.as_object());
  }
  vm.throw_type_error("this is not a Date object.");
  return nullptr;
}

Value ascii(Vm& vm, const std::string& s) {
  return Value(vm.string(s));
}

// ---- Constructor and statics ----

// Reads up to 7 numeric arguments (year, month, day, h, m, s, ms) into a time value.
std::optional<double> time_from_components(Vm& vm, ArgList args) {
  double values[7] = {NAN, 0, 1, 0, 0, 0, 0};
  for (std::size_t i = 0; i < 7 && i < args.size(); ++i) {
    auto n = to_number(vm, args[i]);
    if (!n) return std::nullopt;
    values[i] = *n;
  }
  double year = values[0];
  if (!std::isnan(year)) {
    double yi = std::trunc(year);
    if (yi >= 0 && yi <= 99) year = 1900 + yi;
  }
  return make_date(make_day(year, values[1], values[2]),
                   make_time(values[3], values[4], values[5], values[6]));
}

Value date_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return ascii(vm, to_string_form(now_ms(vm)));
  double tv;
  if (args.size() == 0) {
    tv = now_ms(vm);
  } else if (args.size() == 1) {
    Value v = args[0];
    if (v.is_object() && v.as_object()->object_class() == ObjectClass::kDate) {
      tv = static_cast<DateObject*>(v.as_object())->time();
    } else {
      Value p = to_primitive(vm, v);
      if (p.is_exception()) return p;
      if (p.is_string()) {
        tv = parse_date(p.as_string()->text());
      } else {
        auto n = to_number(vm, p);
        if (!n) return Value::exception();
        tv = *n;
      }
    }
  } else {
    auto t = time_from_components(vm, args);
    if (!t) return Value::exception();
    tv = *t;
  }
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().date_prototype);
  return Value(vm.heap().make<DateObject>(proto, time_clip(tv)));
}

Value date_now(Vm& vm, Value, ArgList) {
  return Value(now_ms(vm));
}

Value date_parse(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  return Value(parse_date(s->text()));
}

Value date_utc(Vm& vm, Value, ArgList args) {
  auto t = time_from_components(vm, args);
  if (!t) return Value::exception();
  return Value(time_clip(*t));
}

// ---- Getters ----

enum class Field { kYear, kMonth, kDate, kDay, kHours, kMinutes, kSeconds, kMs };

template <Field F>
Value date_get(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  double t = d->time();
  if (std::isnan(t)) return Value(NAN);
  Fields f = fields_of(t);
  switch (F) {
    case Field::kYear:
      return Value(f.year);
    case Field::kMonth:
      return Value(f.month);
    case Field::kDate:
      return Value(f.day);
    case Field::kDay:
      return Value(f.weekday);
    case Field::kHours:
      return Value(f.hours);
    case Field::kMinutes:
      return Value(f.minutes);
    case Field::kSeconds:
      return Value(f.seconds);
    case Field::kMs:
      return Value(f.ms);
  }
  return Value(NAN);
}

Value date_get_time(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  return Value(d->time());
}

Value date_get_year(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  if (std::isnan(d->time())) return Value(NAN);
  return Value(fields_of(d->time()).year - 1900);
}

Value date_get_timezone_offset(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  return Value(std::isnan(d->time()) ? NAN : 0.0);
}

// ---- Setters ----

Value date_set_time(Vm& vm, Value this_value, ArgList args) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  auto n = to_number(vm, args[0]);
  if (!n) return Value::exception();
  d->set_time(time_clip(*n));
  return Value(d->time());
}

// One setter for every field group: `first` is the field the setter names; later arguments
// (when given) set the following fields (setHours(h, m, s, ms)).
template <Field F>
Value date_set(Vm& vm, Value this_value, ArgList args) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  double t = d->time();
  std::size_t max_args = 1;
  switch (F) {
    case Field::kYear:
      max_args = 3;
      break;
    case Field::kMonth:
      max_args = 2;
      break;
    case Field::kHours:
      max_args = 4;
      break;
    case Field::kMinutes:
      max_args = 3;
      break;
    case Field::kSeconds:
      max_args = 2;
      break;
    default:
      break;
  }
  double given[4] = {NAN, NAN, NAN, NAN};
  std::size_t count = std::max<std::size_t>(1, std::min(args.size(), max_args));
  for (std::size_t i = 0; i < count; ++i) {
    auto n = to_number(vm, args[i]);
    if (!n) return Value::exception();
    given[i] = *n;
  }
  if (std::isnan(t)) {
    if (F != Field::kYear) return Value(NAN);
    t = 0;
  }
  Fields f = fields_of(t);
  double year = f.year, month = f.month, day = f.day, h = f.hours, m = f.minutes, s = f.seconds, ms = f.ms;
  auto arg = [&](std::size_t i, double current) { return i < count ? given[i] : current; };
  switch (F) {
    case Field::kYear:
      year = given[0];
      month = arg(1, month);
      day = arg(2, day);
      break;
    case Field::kMonth:
      month = given[0];
      day = arg(1, day);
      break;
    case Field::kDate:
      day = given[0];
      break;
    case Field::kHours:
      h = given[0];
      m = arg(1, m);
      s = arg(2, s);
      ms = arg(3, ms);
      break;
    case Field::kMinutes:
      m = given[0];
      s = arg(1, s);
      ms = arg(2, ms);
      break;
    case Field::kSeconds:
      s = given[0];
      ms = arg(1, ms);
      break;
    case Field::kMs:
      ms = given[0];
      break;
    case Field::kDay:
      break;
  }
  double nt = time_clip(make_date(make_day(year, month, day), make_time(h, m, s, ms)));
  d->set_time(nt);
  return Value(nt);
}

// ---- Conversions ----

Value date_to_iso_string(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  if (std::isnan(d->time())) return vm.throw_range_error("Invalid time value");
  return ascii(vm, iso_string(d->time()));
}

Value date_to_json(Vm& vm, Value this_value, ArgList) {
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  Value tv = to_primitive(vm, Value(o), PreferredType::kNumber);
  if (tv.is_exception()) return tv;
  if (tv.is_number() && !std::isfinite(tv.as_number())) return Value::null();
  Value f = o->get(vm, vm.key("toISOString"));
  if (f.is_exception()) return f;
  if (!Vm::is_callable(f)) return vm.throw_type_error("toISOString is not a function");
  return vm.call(f, Value(o), ArgList());
}

template <int Kind>
Value date_format(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  double t = d->time();
  if (std::isnan(t)) return ascii(vm, "Invalid Date");
  Fields f = fields_of(t);
  switch (Kind) {
    case 0:
      return ascii(vm, to_string_form(t));
    case 1:
      return ascii(vm, date_part(f));
    case 2:
      return ascii(vm, time_part(f));
    case 3:
      return ascii(vm, utc_string(t));
    case 4:
      return ascii(vm, locale_date(f) + ", " + locale_time(f));
    case 5:
      return ascii(vm, locale_date(f));
    default:
      return ascii(vm, locale_time(f));
  }
}

Value date_value_of(Vm& vm, Value this_value, ArgList) {
  DateObject* d = this_date(vm, this_value);
  if (d == nullptr) return Value::exception();
  return Value(d->time());
}

// 21.4.4.45 Date.prototype [ @@toPrimitive ] (hint).
Value date_to_primitive(Vm& vm, Value this_value, ArgList args) {
  if (!this_value.is_object()) {
    return vm.throw_type_error("Date.prototype [ @@toPrimitive ] called on non-object");
  }
  PreferredType type;
  if (args[0].is_string() &&
      (args[0].as_string()->text() == u"string" || args[0].as_string()->text() == u"default")) {
    type = PreferredType::kString;
  } else if (args[0].is_string() && args[0].as_string()->text() == u"number") {
    type = PreferredType::kNumber;
  } else {
    String* s = args[0].is_string() ? args[0].as_string() : nullptr;
    return vm.throw_type_error("Invalid hint: " +
                               (s ? s->to_utf8() : builtins::describe_for_error(vm, args[0])));
  }
  // OrdinaryToPrimitive.
  const char* order[2] = {"valueOf", "toString"};
  if (type == PreferredType::kString) std::swap(order[0], order[1]);
  for (const char* name : order) {
    Value method = vm.get(this_value, name);
    if (method.is_exception()) return method;
    if (Vm::is_callable(method)) {
      Value r = vm.call(method, this_value, ArgList());
      if (r.is_exception() || !r.is_object()) return r;
    }
  }
  return vm.throw_type_error("Cannot convert object to primitive value");
}

}  // namespace

void install_date(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.date_prototype;
  // Not a host call: the interpreter cannot yet resume a `new` of a host-call native (the
  // constructor's argument shuffle runs twice), so `new Date()` reads the clock as of the last
  // yield; Date.now() is a host call and exact.
  NativeFunction* ctor = vm.new_native_constructor("Date", 7, date_ctor, proto);
  realm.define_global("Date", Value(ctor));
  ctor->define(vm.key("now"), Value(vm.new_native("now", 0, date_now)), kMethodAttrs);
  vm.define_method(ctor, "parse", date_parse, 1);
  vm.define_method(ctor, "UTC", date_utc, 7);

  vm.define_method(proto, "toString", date_format<0>, 0);
  vm.define_method(proto, "toDateString", date_format<1>, 0);
  vm.define_method(proto, "toTimeString", date_format<2>, 0);
  vm.define_method(proto, "toISOString", date_to_iso_string, 0);
  NativeFunction* utc = vm.define_method(proto, "toUTCString", date_format<3>, 0);
  proto->define(vm.key("toGMTString"), Value(utc), kMethodAttrs);
  vm.define_method(proto, "getDate", date_get<Field::kDate>, 0);
  vm.define_method(proto, "setDate", date_set<Field::kDate>, 1);
  vm.define_method(proto, "getDay", date_get<Field::kDay>, 0);
  vm.define_method(proto, "getFullYear", date_get<Field::kYear>, 0);
  vm.define_method(proto, "setFullYear", date_set<Field::kYear>, 3);
  vm.define_method(proto, "getHours", date_get<Field::kHours>, 0);
  vm.define_method(proto, "setHours", date_set<Field::kHours>, 4);
  vm.define_method(proto, "getMilliseconds", date_get<Field::kMs>, 0);
  vm.define_method(proto, "setMilliseconds", date_set<Field::kMs>, 1);
  vm.define_method(proto, "getMinutes", date_get<Field::kMinutes>, 0);
  vm.define_method(proto, "setMinutes", date_set<Field::kMinutes>, 3);
  vm.define_method(proto, "getMonth", date_get<Field::kMonth>, 0);
  vm.define_method(proto, "setMonth", date_set<Field::kMonth>, 2);
  vm.define_method(proto, "getSeconds", date_get<Field::kSeconds>, 0);
  vm.define_method(proto, "setSeconds", date_set<Field::kSeconds>, 2);
  vm.define_method(proto, "getTime", date_get_time, 0);
  vm.define_method(proto, "setTime", date_set_time, 1);
  vm.define_method(proto, "getTimezoneOffset", date_get_timezone_offset, 0);
  vm.define_method(proto, "getUTCDate", date_get<Field::kDate>, 0);
  vm.define_method(proto, "setUTCDate", date_set<Field::kDate>, 1);
  vm.define_method(proto, "getUTCDay", date_get<Field::kDay>, 0);
  vm.define_method(proto, "getUTCFullYear", date_get<Field::kYear>, 0);
  vm.define_method(proto, "setUTCFullYear", date_set<Field::kYear>, 3);
  vm.define_method(proto, "getUTCHours", date_get<Field::kHours>, 0);
  vm.define_method(proto, "setUTCHours", date_set<Field::kHours>, 4);
  vm.define_method(proto, "getUTCMilliseconds", date_get<Field::kMs>, 0);
  vm.define_method(proto, "setUTCMilliseconds", date_set<Field::kMs>, 1);
  vm.define_method(proto, "getUTCMinutes", date_get<Field::kMinutes>, 0);
  vm.define_method(proto, "setUTCMinutes", date_set<Field::kMinutes>, 3);
  vm.define_method(proto, "getUTCMonth", date_get<Field::kMonth>, 0);
  vm.define_method(proto, "setUTCMonth", date_set<Field::kMonth>, 2);
  vm.define_method(proto, "getUTCSeconds", date_get<Field::kSeconds>, 0);
  vm.define_method(proto, "setUTCSeconds", date_set<Field::kSeconds>, 2);
  vm.define_method(proto, "valueOf", date_value_of, 0);
  vm.define_method(proto, "getYear", date_get_year, 0);
  vm.define_method(proto, "toJSON", date_to_json, 1);
  vm.define_method(proto, "toLocaleString", date_format<4>, 0);
  vm.define_method(proto, "toLocaleDateString", date_format<5>, 0);
  vm.define_method(proto, "toLocaleTimeString", date_format<6>, 0);
  NativeFunction* to_prim = vm.new_native("[Symbol.toPrimitive]", 1, date_to_primitive);
  proto->define(PropKey(realm.symbol_to_primitive), Value(to_prim), kConfigurable);
}

}  // namespace looplab::js
