#include "core/base/version.h"

#include "looplab/base/build_info.h"

namespace looplab {

namespace {

constexpr int kMaxComponent = 999999;

// Parses one decimal component; stops at the first non-digit. Returns false on an empty or
// oversized component.
bool parse_component(std::string_view& text, int& out) {
  std::size_t i = 0;
  long value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    value = value * 10 + (text[i] - '0');
    if (value > kMaxComponent) return false;
    ++i;
  }
  if (i == 0) return false;
  if (i > 1 && text[0] == '0') return false;  // "007" is not a version number; "0" is
  out = static_cast<int>(value);
  text.remove_prefix(i);
  return true;
}

}  // namespace

std::optional<Version> parse_version(std::string_view text) {
  if (!text.empty() && text.front() == 'v') text.remove_prefix(1);
  Version version;
  int* parts[] = {&version.major, &version.minor, &version.patch};
  for (int index = 0; index < 3; ++index) {
    if (!parse_component(text, *parts[index])) return std::nullopt;
    if (text.empty()) return version;
    if (text.front() != '.' || index == 2) return std::nullopt;
    text.remove_prefix(1);
  }
  return std::nullopt;  // unreachable: the loop returns on every path
}

std::string to_string(const Version& version) {
  return std::to_string(version.major) + "." + std::to_string(version.minor) + "." +
         std::to_string(version.patch);
}

std::string_view looplab_version_string() {
  return build_info::kVersion;
}

Version looplab_version() {
  // The build's own version string always parses; a failure here is a build-system bug.
  return parse_version(build_info::kVersion).value_or(Version{});
}

int simulated_node_major() {
  return build_info::kNodeMajor;
}

std::string simulated_node_release() {
  // The oracle (tests/oracle) was run against node v20.20.2.
  if (simulated_node_major() == 20) return "20.20.2";
  return std::to_string(simulated_node_major()) + ".0.0";
}

std::string version_banner() {
  return "looplab " + std::string(looplab_version_string()) + " (simulates Node.js " +
         std::to_string(simulated_node_major()) + ")";
}

}  // namespace looplab
