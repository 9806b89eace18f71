// The expected output of a scenario, as real node printed it: tests/oracle/<name>.expected, which
// the ctest oracle.<name> regenerates-and-compares by running tests/oracle/<name>.js through node.
// C++ scenarios mirroring those scripts compare against the same file, never a hand-written list.
#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "doctest/doctest.h"

inline std::vector<std::string> oracle_lines(const std::string& name) {
  const std::string path = std::string(LOOPLAB_SOURCE_DIR) + "/tests/oracle/" + name + ".expected";
  std::ifstream file(path);
  REQUIRE_MESSAGE(file.good(), "missing oracle file " << path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  return lines;
}
