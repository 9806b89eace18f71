// Line breaking and column grouping of util.inspect (see layout.h). The constants (2.5 for the
// height of a character, 16 columns at most, "+ 10" of slack in the one-line test) are node's.
#include "core/js/inspect/layout.h"

#include <algorithm>
#include <cmath>

#include "core/js/inspect/text.h"

namespace looplab::js::inspect_layout {

namespace {

std::size_t visible_length(const LayoutState& state, const std::u16string& s) {
  return state.colors ? inspect_text::strip_colors(s).size() : s.size();
}

std::u16string join(const std::vector<std::u16string>& parts, const std::u16string& separator) {
  std::u16string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::u16string spaces(std::size_t n) {
  return std::u16string(n, u' ');
}

}  // namespace

bool is_below_break_length(const LayoutState& state, const std::vector<std::u16string>& output, double start,
                           const std::u16string& base) {
  // Each entry is followed by at least a separator: start from output.size().
  double total = static_cast<double>(output.size()) + start;
  if (total + static_cast<double>(output.size()) > state.break_length) return false;
  for (const std::u16string& entry : output) {
    total += static_cast<double>(visible_length(state, entry));
    if (total > state.break_length) return false;
  }
  return base.empty() || base.find(u'\n') == std::u16string::npos;
}

std::vector<std::u16string> group_array_elements(const LayoutState& state, std::vector<std::u16string> output,
                                                 bool numbers_only) {
  constexpr double kSeparatorSpace = 2;  // ", " between two entries
  constexpr double kApproxCharHeights = 2.5;
  std::size_t output_length = output.size();
  bool has_more_items = state.max_array_length < static_cast<double>(output.size());
  if (has_more_items) --output_length;  // "... n more items" is not grouped

  std::vector<double> data_len(output_length);
  double total_length = 0;
  double max_length = 0;
  for (std::size_t i = 0; i < output_length; ++i) {
    const std::u16string& entry = output[i];
    auto len = static_cast<double>(
        inspect_text::display_width(state.colors ? inspect_text::strip_colors(entry) : entry));
    data_len[i] = len;
    total_length += len + kSeparatorSpace;
    max_length = std::max(max_length, len);
  }
  double actual_max = max_length + kSeparatorSpace;
  // Group only when three entries fit side by side and no entry is much longer than the rest.
  if (!(actual_max * 3 + state.indentation < state.break_length &&
        (total_length / actual_max > 5 || max_length <= 6))) {
    return output;
  }
  double average_bias = std::sqrt(actual_max - total_length / static_cast<double>(output.size()));
  double biased_max = std::max(actual_max - 3 - average_bias, 1.0);
  double columns = std::min({
      // A roughly square block of entries `actual_max` wide and 2.5 times as high.
      std::floor(
          std::sqrt(kApproxCharHeights * biased_max * static_cast<double>(output_length)) / biased_max + 0.5),
      std::floor((state.break_length - state.indentation) / actual_max),
      static_cast<double>(state.compact) * 4,
      15.0,
  });
  if (columns <= 1) return output;
  auto cols = static_cast<std::size_t>(columns);

  std::vector<double> max_line_length;
  for (std::size_t i = 0; i < cols; ++i) {
    double line_max = 0;
    for (std::size_t j = i; j < output_length; j += cols) line_max = std::max(line_max, data_len[j]);
    max_line_length.push_back(line_max + kSeparatorSpace);
  }

  // Numbers are right-aligned (padStart), everything else left-aligned (padEnd). The padding
  // counts columns, so wide characters get fewer spaces.
  std::vector<std::u16string> grouped;
  for (std::size_t i = 0; i < output_length; i += cols) {
    std::size_t max = std::min(i + cols, output_length);
    std::u16string line;
    std::size_t j = i;
    for (; j < max - 1; ++j) {
      double pad = max_line_length[j - i] - data_len[j] - kSeparatorSpace;
      std::size_t n = pad > 0 ? static_cast<std::size_t>(pad) : 0;
      if (numbers_only) {
        line += spaces(n) + output[j] + u", ";
      } else {
        line += output[j] + u", " + spaces(n);
      }
    }
    if (numbers_only) {
      double pad = max_line_length[j - i] - data_len[j] - kSeparatorSpace;
      line += spaces(pad > 0 ? static_cast<std::size_t>(pad) : 0);
    }
    line += output[j];
    grouped.push_back(std::move(line));
  }
  if (has_more_items) grouped.push_back(output[output_length]);
  return grouped;
}

std::u16string reduce_to_single_string(const LayoutState& state, std::vector<std::u16string> output,
                                       const std::u16string& base, const std::u16string& open,
                                       const std::u16string& close, Extras extras, int recurse_times,
                                       bool numbers_only) {
  std::u16string base_prefix = base.empty() ? u"" : base + u" ";
  if (state.compact != kCompactTrue) {
    if (state.compact >= 1) {
      std::size_t entries = output.size();
      if (extras == Extras::kArray && entries > 6) {
        output = group_array_elements(state, std::move(output), numbers_only);
      }
      // Entries of the `compact` innermost levels share a line when they fit.
      if (state.current_depth - recurse_times < state.compact && entries == output.size()) {
        double start =
            static_cast<double>(output.size() + state.indentation + open.size() + base.size() + 10);
        if (is_below_break_length(state, output, start, base)) {
          std::u16string joined = join(output, u", ");
          if (joined.find(u'\n') == std::u16string::npos) {
            return base_prefix + open + u" " + joined + u" " + close;
          }
        }
      }
    }
    std::u16string indentation = u"\n" + spaces(static_cast<std::size_t>(state.indentation));
    return base_prefix + open + indentation + u"  " + join(output, u"," + indentation + u"  ") + indentation +
           close;
  }
  // compact = true: one line when it fits, else entries lined up after the brace.
  if (is_below_break_length(state, output, 0, base)) {
    return open + (base.empty() ? u"" : u" " + base) + u" " + join(output, u", ") + u" " + close;
  }
  std::u16string indentation = spaces(static_cast<std::size_t>(state.indentation));
  std::u16string ln = base.empty() && open.size() == 1
                          ? u" "
                          : (base.empty() ? u"" : u" " + base) + u"\n" + indentation + u"  ";
  return open + ln + join(output, u",\n" + indentation + u"  ") + u" " + close;
}

}  // namespace looplab::js::inspect_layout
