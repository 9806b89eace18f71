#include "core/sim/event_queue.h"

#include <string>
#include <vector>

#include "doctest/doctest.h"

using looplab::EventQueue;

namespace {

std::vector<std::string> drain(EventQueue<std::string>& queue) {
  std::vector<std::string> order;
  while (!queue.empty()) {
    auto entry = queue.pop();
    order.push_back(std::to_string(entry.time) + ":" + entry.payload);
  }
  return order;
}

}  // namespace

TEST_CASE("events come out by time, then in the order they were pushed") {
  EventQueue<std::string> queue;
  queue.push(30, "c");
  queue.push(10, "a1");
  queue.push(20, "b");
  queue.push(10, "a2");
  queue.push(0, "zero");
  queue.push(10, "a3");
  CHECK(queue.size() == 6);
  CHECK(queue.next_time() == 0);
  CHECK(drain(queue) == std::vector<std::string>{"0:zero", "10:a1", "10:a2", "10:a3", "20:b", "30:c"});
}

TEST_CASE("cancelled events never come out, wherever they sit in the heap") {
  EventQueue<std::string> queue;
  const auto first = queue.push(5, "first");
  queue.push(10, "keep1");
  const auto middle = queue.push(10, "middle");
  queue.push(15, "keep2");
  const auto last = queue.push(20, "last");
  queue.cancel(middle);
  CHECK(queue.size() == 4);
  queue.cancel(first);  // the top: next_time must move on at once
  CHECK(queue.next_time() == 10);
  queue.cancel(last);
  CHECK(queue.size() == 2);
  CHECK(drain(queue) == std::vector<std::string>{"10:keep1", "15:keep2"});
}

TEST_CASE("cancelling every event empties the queue") {
  EventQueue<int> queue;
  std::vector<looplab::EventSeq> seqs;
  for (int i = 0; i < 100; ++i) seqs.push_back(queue.push((i * 37) % 11, i));
  for (auto seq : seqs) queue.cancel(seq);
  CHECK(queue.empty());
  CHECK(queue.size() == 0);
  CHECK(queue.pushed() == 100);
}

TEST_CASE("a large shuffled load comes out sorted and stable") {
  // A linear congruential generator with a fixed seed: the same sequence on every platform.
  EventQueue<std::uint32_t> queue;
  std::uint32_t state = 12345;
  for (std::uint32_t i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    queue.push((state >> 16) % 500, i);
  }
  looplab::Nanos last_time = -1;
  std::uint32_t last_index = 0;
  std::size_t count = 0;
  while (!queue.empty()) {
    auto entry = queue.pop();
    REQUIRE(entry.time >= last_time);
    if (entry.time == last_time) REQUIRE(entry.payload > last_index);  // pushed earlier, comes first
    last_time = entry.time;
    last_index = entry.payload;
    ++count;
  }
  CHECK(count == 20000);
}
