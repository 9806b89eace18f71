// The Examples menu's scenarios (issue 6 item 8): short scripts that show the classic surprises
// of Node's event loop. Each is a file web/examples/ID.js whose first two lines are comments, the
// title and what to look for; web/cmake/embed_examples.cmake compiles them into the app, byte for
// byte, in file name order (a numeric prefix orders the menu). tests/examples/check_examples.sh
// checks every one against the real node.
#pragma once

#include <span>
#include <string_view>

namespace looplab::web {

struct Example {
  std::string_view id;       // the file name without ".js": "01_next_tick_vs_promises"
  std::string_view title;    // the first line without "// ": "nextTick vs promises"
  std::string_view summary;  // the second line without "// ": what the learner should look for
  std::string_view source;   // the whole file, title and summary comments included
};

// Every example, in menu order. Defined in the file embed_examples.cmake generates.
std::span<const Example> examples();

// The example with this id, or null (an autosaved id from an older build may be gone).
inline const Example* find_example(std::string_view id) {
  for (const Example& example : examples()) {
    if (example.id == id) return &example;
  }
  return nullptr;
}

}  // namespace looplab::web
