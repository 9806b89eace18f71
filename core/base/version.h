// Looplab's own version, and the Node.js release it simulates by default.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace looplab {

// A semantic version triple. Node versions ("v20.11.1") parse into the same type, so later
// knobs can compare "simulated Node >= 11" the way behaviour changes are documented.
struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;

  friend auto operator<=>(const Version&, const Version&) = default;
};

// "1.2.3", "v20.11.1", "20" or "20.11" (missing parts are 0). Anything else — signs, spaces,
// empty parts, leading zeros, trailing text, numbers past 999999 — is rejected with nullopt,
// never guessed at.
std::optional<Version> parse_version(std::string_view text);

std::string to_string(const Version& version);

// Looplab's version, from the top-level CMakeLists.txt.
Version looplab_version();
std::string_view looplab_version_string();

// Major version of the Node.js release whose behaviour is simulated by default.
int simulated_node_major();

// The full release scripts see as process.version (without the 'v') and node prints after a
// crash: the release of that major line whose behaviour the oracle suite was confirmed against.
std::string simulated_node_release();

// One line for `looplab --version` and the playground's title bar:
// "looplab 0.1.0 (simulates Node.js 20)".
std::string version_banner();

}  // namespace looplab
