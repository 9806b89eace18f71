// How util.inspect lays out the entries of an object or array: on one line when they fit in
// breakLength, else one entry per line indented two spaces per level; arrays of more than six
// entries are first grouped into aligned columns (node's groupArrayElements and
// reduceToSingleString, compact = 3 by default).
#pragma once

#include <string>
#include <vector>

namespace looplab::js::inspect_layout {

// Node's `compact` option: a number >= 1 (default 3), 0 for false, kCompactTrue for true.
constexpr int kCompactTrue = -1;

struct LayoutState {
  int compact = 3;
  double break_length = 80;  // may be infinite
  int indentation = 0;       // ctx.indentationLvl
  int current_depth = 0;     // ctx.currentDepth: depth of the object entered last
  bool colors = false;
  double max_array_length = 100;  // ctx.maxArrayLength: more entries than this end in "... n more items"
};

enum class Extras { kObject, kArray };

// isBelowBreakLength: whether the entries plus `start` fit in breakLength (and base has no newline).
bool is_below_break_length(const LayoutState& state, const std::vector<std::u16string>& output, double start,
                           const std::u16string& base);

// groupArrayElements: `numbers_only` says every value[i] (i < output.size()) is a number, which
// right-aligns the columns. As in node, when there are more entries than maxArrayLength the last
// one is taken for the "... n more items" line and left out of the columns.
std::vector<std::u16string> group_array_elements(const LayoutState& state, std::vector<std::u16string> output,
                                                 bool numbers_only);

// reduceToSingleString. `recurse_times` is the depth of the object being closed (after its +1).
std::u16string reduce_to_single_string(const LayoutState& state, std::vector<std::u16string> output,
                                       const std::u16string& base, const std::u16string& open,
                                       const std::u16string& close, Extras extras, int recurse_times,
                                       bool numbers_only);

}  // namespace looplab::js::inspect_layout
