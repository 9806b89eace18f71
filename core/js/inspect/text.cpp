// Quoting, escaping, widths and colours for util.inspect (see text.h).
#include "core/js/inspect/text.h"

#include <cmath>
#include <cstdint>

namespace looplab::js::inspect_text {

namespace {

bool is_high_surrogate(char16_t c) {
  return c >= 0xD800 && c <= 0xDBFF;
}
bool is_low_surrogate(char16_t c) {
  return c >= 0xDC00 && c <= 0xDFFF;
}

const char kHex[] = "0123456789ABCDEF";
const char kLowerHex[] = "0123456789abcdef";

// node's `meta` table: the escape of a code unit below 0xA0 that needs one.
void append_meta(std::u16string& out, char16_t c) {
  switch (c) {
    case u'\b':
      out += u"\\b";
      return;
    case u'\t':
      out += u"\\t";
      return;
    case u'\n':
      out += u"\\n";
      return;
    case u'\f':
      out += u"\\f";
      return;
    case u'\r':
      out += u"\\r";
      return;
    case u'\'':
      out += u"\\'";
      return;
    case u'\\':
      out += u"\\\\";
      return;
    default:
      break;
  }
  out += u"\\x";
  out += static_cast<char16_t>(kHex[(c >> 4) & 0xF]);
  out += static_cast<char16_t>(kHex[c & 0xF]);
}

// A lone surrogate prints as \uXXXX in lower case hex (NumberPrototypeToString(code, 16)).
void append_unicode_escape(std::u16string& out, char16_t c) {
  out += u"\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += static_cast<char16_t>(kLowerHex[(c >> shift) & 0xF]);
}

// Escapes what strEscapeSequencesRegExp matches; the quote character is escaped only when it is
// the single quote and `escape_single_quote` is set.
std::u16string escape(std::u16string_view text, bool escape_single_quote) {
  std::u16string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char16_t c = text[i];
    if ((c == u'\'' && escape_single_quote) || c == u'\\' || c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      append_meta(out, c);
    } else if (is_high_surrogate(c) && i + 1 < text.size() && is_low_surrogate(text[i + 1])) {
      out += c;
      out += text[++i];
    } else if (is_high_surrogate(c) || is_low_surrogate(c)) {
      append_unicode_escape(out, c);
    } else {
      out += c;
    }
  }
  return out;
}

// Code points that take no column (C0/C1 controls, combining marks, zero-width and format
// characters, variation selectors, emoji modifiers).
bool is_zero_width(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  if (c == 0xAD) return false;
  struct Range {
    char32_t first, last;
  };
  static const Range kZero[] = {
      {0x0300, 0x036F}, {0x0483, 0x0489},   {0x0591, 0x05BD},   {0x05BF, 0x05BF},   {0x05C1, 0x05C2},
      {0x05C4, 0x05C5}, {0x05C7, 0x05C7},   {0x0600, 0x0605},   {0x0610, 0x061A},   {0x061C, 0x061C},
      {0x064B, 0x065F}, {0x0670, 0x0670},   {0x06D6, 0x06DD},   {0x06DF, 0x06E4},   {0x06E7, 0x06E8},
      {0x06EA, 0x06ED}, {0x0900, 0x0902},   {0x093A, 0x093A},   {0x093C, 0x093C},   {0x0941, 0x0948},
      {0x094D, 0x094D}, {0x0951, 0x0957},   {0x0E31, 0x0E31},   {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E},
      {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},   {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064},
      {0x2066, 0x206F}, {0x20D0, 0x20FF},   {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F},   {0xFEFF, 0xFEFF},
      {0xFFF9, 0xFFFB}, {0x1F3FB, 0x1F3FF}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
  };
  for (const Range& r : kZero) {
    if (c >= r.first && c <= r.last) return true;
  }
  return false;
}

// East Asian wide and full-width code points, and emoji shown in emoji presentation.
bool is_wide(char32_t c) {
  if (c < 0x1100) return false;
  struct Range {
    char32_t first, last;
  };
  static const Range kWide[] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
      {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
      {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
      {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
      {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
      {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
      {0x2E80, 0x303E},   {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
      {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},   {0xFF01, 0xFF60},
      {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B16F}, {0x1F004, 0x1F004},
      {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1E6, 0x1F1FF}, {0x1F200, 0x1F251},
      {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
      {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
      {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
      {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
      {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
      {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
      {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
  };
  for (const Range& r : kWide) {
    if (c >= r.first && c <= r.last) return true;
  }
  return false;
}

}  // namespace

std::u16string ascii(std::string_view text) {
  return std::u16string(text.begin(), text.end());
}

std::u16string quote(std::u16string_view text) {
  // Prefer single quotes; a text holding a single quote takes double quotes unless it holds one
  // of those too, then backticks unless it holds a backtick or "${"; else single quotes escaped.
  char16_t q = u'\'';
  if (text.find(u'\'') != std::u16string_view::npos) {
    if (text.find(u'"') == std::u16string_view::npos) {
      q = u'"';
    } else if (text.find(u'`') == std::u16string_view::npos &&
               text.find(u"${") == std::u16string_view::npos) {
      q = u'`';
    }
  }
  std::u16string out(1, q);
  out += escape(text, q == u'\'');
  out += q;
  return out;
}

std::u16string escape_sequences(std::u16string_view text) {
  return escape(text, true);
}

bool is_plain_key(std::u16string_view key) {
  if (key.empty()) return false;
  auto letter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
  if (!letter(key[0])) return false;
  for (char16_t c : key) {
    if (!letter(c) && !(c >= u'0' && c <= u'9')) return false;
  }
  return true;
}

std::size_t display_width(std::u16string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (is_high_surrogate(text[i]) && i + 1 < text.size() && is_low_surrogate(text[i + 1])) {
      c = 0x10000 + ((static_cast<char32_t>(text[i]) - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    }
    if (is_zero_width(c)) continue;
    width += is_wide(c) ? 2 : 1;
  }
  return width;
}

std::u16string strip_colors(std::u16string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == 0x1B && i + 1 < text.size() && text[i + 1] == u'[') {
      std::size_t j = i + 2;
      while (j < text.size() && ((text[j] >= u'0' && text[j] <= u'9') || text[j] == u';')) ++j;
      if (j < text.size() && text[j] == u'm') {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::u16string colorize(std::u16string_view text, std::string_view style) {
  struct Style {
    std::string_view name;
    int on, off;
  };
  // inspect.styles mapped through inspect.colors.
  static const Style kStyles[] = {
      {"special", 36, 39},   {"number", 33, 39}, {"bigint", 33, 39}, {"boolean", 33, 39},
      {"undefined", 90, 39}, {"null", 1, 22},    {"string", 32, 39}, {"symbol", 32, 39},
      {"date", 35, 39},      {"regexp", 31, 39}, {"module", 4, 24},
  };
  for (const Style& s : kStyles) {
    if (s.name == style) {
      std::u16string out = u"\x1b[" + ascii(std::to_string(s.on)) + u"m";
      out += text;
      out += u"\x1b[" + ascii(std::to_string(s.off)) + u"m";
      return out;
    }
  }
  return std::u16string(text);
}

std::u16string date_iso_string(double time) {
  // Days since the epoch to a civil date (proleptic Gregorian), then YYYY-MM-DDTHH:mm:ss.sssZ;
  // years outside 0..9999 print with a sign and six digits.
  auto ms_of_day = static_cast<std::int64_t>(std::fmod(time, 86400000.0));
  auto days = static_cast<std::int64_t>(std::floor(time / 86400000.0));
  if (ms_of_day < 0) ms_of_day += 86400000;
  std::int64_t z = days + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t year = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2) ++year;

  auto pad = [](std::int64_t v, int width) {
    std::string s = std::to_string(v);
    while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
    return s;
  };
  std::string out;
  if (year >= 0 && year <= 9999) {
    out = pad(year, 4);
  } else {
    out = (year < 0 ? "-" : "+") + pad(year < 0 ? -year : year, 6);
  }
  out += "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(ms_of_day / 3600000, 2) + ":" +
         pad(ms_of_day / 60000 % 60, 2) + ":" + pad(ms_of_day / 1000 % 60, 2) + "." +
         pad(ms_of_day % 1000, 3) + "Z";
  return ascii(out);
}

}  // namespace looplab::js::inspect_text
