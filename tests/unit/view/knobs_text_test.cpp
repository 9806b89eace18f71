// The knobs' text form (the playground's autosave): a round trip, and forgiving reading.
#include "core/view/knobs_text.h"

#include "doctest/doctest.h"

using looplab::view::Knobs;

TEST_CASE("knobs survive a round trip through their text") {
  Knobs knobs;
  knobs.threadpool_size = 2;
  knobs.cores = 1;
  knobs.node_version = "10";
  knobs.instruction_cost_ps = 2500;
  knobs.profile.poll_wakeup = 0;
  knobs.profile.pool.pbkdf2_sha512_per_iteration = 2000;
  const std::string text = looplab::view::knobs_to_text(knobs);
  CHECK(text.find("threadpool=2\n") != std::string::npos);
  CHECK(looplab::view::knobs_from_text(text) == knobs);
  CHECK(looplab::view::knobs_from_text(looplab::view::knobs_to_text(Knobs{})) == Knobs{});
}

TEST_CASE("reading knobs skips what it does not understand and clamps what is out of range") {
  const Knobs knobs = looplab::view::knobs_from_text(
      "threadpool=9999\ncores=0\nnode=18\nfs_op=-5\nfs_per_kb=12abc\nwhatever=3\nno equals sign\n"
      "callback_entry=2000\ninstruction_cost_ps=0");
  CHECK(knobs.threadpool_size == looplab::view::kMaxThreadpool);
  CHECK(knobs.cores == 1);
  CHECK(knobs.node_version == "20");
  CHECK(knobs.profile.pool.fs_op == Knobs{}.profile.pool.fs_op);
  CHECK(knobs.profile.pool.fs_per_kb == Knobs{}.profile.pool.fs_per_kb);
  CHECK(knobs.profile.callback_entry == 2000);
  CHECK(knobs.instruction_cost_ps == 1);
  CHECK(looplab::view::knobs_from_text("") == Knobs{});
}
