#include "core/base/version.h"

#include "doctest/doctest.h"

using looplab::parse_version;
using looplab::Version;

TEST_CASE("parse_version reads full, short and v-prefixed versions") {
  CHECK(parse_version("1.2.3") == Version{1, 2, 3});
  CHECK(parse_version("v20.11.1") == Version{20, 11, 1});
  CHECK(parse_version("20") == Version{20, 0, 0});
  CHECK(parse_version("20.9") == Version{20, 9, 0});
  CHECK(parse_version("0.0.0") == Version{0, 0, 0});
  CHECK(parse_version("10.0.100") == Version{10, 0, 100});
}

TEST_CASE("parse_version rejects anything that is not a version") {
  for (const char* bad :
       {"", "v", "1.", ".1", "1..2", "1.2.3.4", "1.2.3-beta", " 1.2.3", "1.2.3 ", "-1.2.3", "+1", "1,2,3",
        "V1.2.3", "1000000.0.0", "99999999999999999999", "007", "01.2.3", "1.02.3", "1.2.00"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_version(bad).has_value());
  }
}

TEST_CASE("versions compare component by component") {
  CHECK(Version{20, 0, 0} > Version{18, 19, 9});
  CHECK(Version{20, 11, 0} > Version{20, 9, 5});
  CHECK(Version{1, 2, 3} == Version{1, 2, 3});
  CHECK(to_string(Version{20, 11, 1}) == "20.11.1");
}

TEST_CASE("Looplab's version is a valid version and appears in the banner") {
  const Version version = looplab::looplab_version();
  CHECK(to_string(version) == looplab::looplab_version_string());
  CHECK(version > Version{0, 0, 0});
  CHECK(looplab::simulated_node_major() >= 20);
  CHECK(looplab::version_banner() == "looplab " + to_string(version) + " (simulates Node.js " +
                                         std::to_string(looplab::simulated_node_major()) + ")");
}
