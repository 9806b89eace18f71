// Code lengths: a plain Huffman tree first (two lightest nodes merged until one remains; ties go to
// the node created first, so the result is deterministic). When its deepest leaf is deeper than the
// limit, the lengths are redone with package-merge, which finds the optimal code under a length
// limit: for each of `limit` levels, the sorted leaves are merged with the pairs ("packages") of the
// level below; a leaf's length is how many of the first 2n-2 top-level items contain it.
#include "core/codec/huffman_encoder.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <queue>
#include <utility>

namespace looplab::codec {

namespace {

struct Leaf {
  std::uint64_t weight;
  int symbol;
};

std::vector<Leaf> used_leaves(std::span<const std::uint32_t> frequencies) {
  std::vector<Leaf> leaves;
  for (std::size_t s = 0; s < frequencies.size(); ++s)
    if (frequencies[s] != 0) leaves.push_back({frequencies[s], static_cast<int>(s)});
  // Fewer than two codes: add unused symbols with the smallest possible weight.
  for (std::size_t s = 0; leaves.size() < 2 && s < frequencies.size(); ++s)
    if (frequencies[s] == 0) leaves.push_back({1, static_cast<int>(s)});
  std::stable_sort(leaves.begin(), leaves.end(),
                   [](const Leaf& a, const Leaf& b) { return a.weight < b.weight; });
  return leaves;
}

// Depth of each leaf in an unlimited Huffman tree.
std::vector<int> tree_depths(const std::vector<Leaf>& leaves) {
  const std::size_t n = leaves.size();
  std::vector<int> parent(2 * n, -1);
  using Entry = std::pair<std::uint64_t, std::size_t>;  // (weight, node): node order breaks ties
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (std::size_t i = 0; i < n; ++i) heap.push({leaves[i].weight, i});
  std::size_t next = n;
  while (heap.size() > 1) {
    const Entry a = heap.top();
    heap.pop();
    const Entry b = heap.top();
    heap.pop();
    parent[a.second] = static_cast<int>(next);
    parent[b.second] = static_cast<int>(next);
    heap.push({a.first + b.first, next++});
  }
  std::vector<int> depth(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (int node = parent[i]; node != -1; node = parent[static_cast<std::size_t>(node)]) ++depth[i];
  return depth;
}

// Package-merge. Items live in a pool; a package points at its two halves.
std::vector<int> limited_depths(const std::vector<Leaf>& leaves, int limit) {
  struct Item {
    std::uint64_t weight;
    int leaf;         // >= 0: index in leaves
    int left, right;  // a package's halves (pool indices)
  };
  std::vector<Item> pool;
  std::vector<int> leaf_items;
  for (std::size_t i = 0; i < leaves.size(); ++i) {
    leaf_items.push_back(static_cast<int>(pool.size()));
    pool.push_back({leaves[i].weight, static_cast<int>(i), -1, -1});
  }
  std::vector<int> level = leaf_items;
  for (int round = 1; round < limit; ++round) {
    std::vector<int> packages;
    for (std::size_t i = 0; i + 1 < level.size(); i += 2) {
      packages.push_back(static_cast<int>(pool.size()));
      pool.push_back({pool[level[i]].weight + pool[level[i + 1]].weight, -1, level[i], level[i + 1]});
    }
    std::vector<int> merged;
    std::merge(leaf_items.begin(), leaf_items.end(), packages.begin(), packages.end(),
               std::back_inserter(merged), [&pool](int a, int b) { return pool[a].weight < pool[b].weight; });
    level = std::move(merged);
  }
  std::vector<int> depth(leaves.size(), 0);
  std::vector<int> stack;
  const std::size_t take = 2 * leaves.size() - 2;
  for (std::size_t i = 0; i < take && i < level.size(); ++i) {
    stack.push_back(level[i]);
    while (!stack.empty()) {
      const Item& item = pool[static_cast<std::size_t>(stack.back())];
      stack.pop_back();
      if (item.leaf >= 0) {
        ++depth[static_cast<std::size_t>(item.leaf)];
      } else {
        stack.push_back(item.left);
        stack.push_back(item.right);
      }
    }
  }
  return depth;
}

}  // namespace

std::vector<std::uint8_t> huffman_lengths(std::span<const std::uint32_t> frequencies, int limit) {
  std::vector<std::uint8_t> lengths(frequencies.size(), 0);
  const std::vector<Leaf> leaves = used_leaves(frequencies);
  if (leaves.size() < 2) return lengths;  // fewer than two symbols in the alphabet: nothing to code
  std::vector<int> depth = tree_depths(leaves);
  if (*std::max_element(depth.begin(), depth.end()) > limit) depth = limited_depths(leaves, limit);
  for (std::size_t i = 0; i < leaves.size(); ++i)
    lengths[static_cast<std::size_t>(leaves[i].symbol)] = static_cast<std::uint8_t>(depth[i]);
  return lengths;
}

std::vector<std::uint16_t> canonical_codes(std::span<const std::uint8_t> lengths) {
  constexpr int kMax = 16;
  std::vector<int> count(kMax + 1, 0);
  for (const std::uint8_t length : lengths) ++count[length];
  count[0] = 0;
  std::vector<int> next(kMax + 1, 0);
  int code = 0;
  for (int bits = 1; bits <= kMax; ++bits) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  std::vector<std::uint16_t> codes(lengths.size(), 0);
  for (std::size_t s = 0; s < lengths.size(); ++s)
    if (lengths[s] != 0) codes[s] = static_cast<std::uint16_t>(next[lengths[s]]++);
  return codes;
}

}  // namespace looplab::codec
