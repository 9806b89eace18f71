// Arrays (holes, extra keys, "... n more items"), Map, Set, their iterators and promises: the
// formatters that produce the entries of these objects (see inspector.h).
#include <algorithm>

#include "core/js/inspect/inspector.h"
#include "core/js/runtime/conversions.h"

namespace looplab::js::inspect_detail {

// ---- Arrays ----

std::vector<std::u16string> Inspector::format_array(ArrayObject* a, int recurse_times) {
  std::uint32_t length = a->length();
  auto max_length = static_cast<std::uint32_t>(
      std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(length)));
  std::vector<std::u16string> output;
  for (std::uint32_t i = 0; i < max_length && !m_threw; ++i) {
    Value element = a->element(i);
    if (element.is_hole()) {
      auto desc = own_property(a, m_vm.index_key(i));
      if (!desc) {
        format_special_array(a, recurse_times, max_length, output, i);
        return output;
      }
      output.push_back(format_property(a, recurse_times, m_vm.index_key(i), PropType::kArrayElement, desc));
      continue;
    }
    m_indentation += 2;
    output.push_back(element.is_undefined() ? stylize(u"undefined", "undefined")
                                            : format_value(element, recurse_times));
    m_indentation -= 2;
  }
  if (length > max_length) output.push_back(remaining_text(length - max_length));
  return output;
}

// formatSpecialArray: an array with holes. Runs of missing indices print "<n empty items>".
void Inspector::format_special_array(ArrayObject* a, int recurse_times, std::uint32_t max_length,
                                     std::vector<std::u16string>& output, std::uint32_t first_hole) {
  // The enumerable own indices from first_hole on, ascending (at most max_length are needed).
  std::vector<std::uint32_t> indices;
  const std::vector<Value>& dense = a->elements();
  for (std::size_t i = first_hole; i < dense.size() && indices.size() < max_length; ++i) {
    if (!dense[i].is_hole()) indices.push_back(static_cast<std::uint32_t>(i));
  }
  for (const Object::Slot& slot : a->slots()) {
    if (slot.key.is_array_index() && slot.key.array_index() >= first_hole &&
        (slot.attrs & kEnumerable) != 0) {
      indices.push_back(slot.key.array_index());
    }
  }
  std::sort(indices.begin(), indices.end());
  double index = first_hole;
  for (std::uint32_t i : indices) {
    if (output.size() >= max_length || m_threw) break;
    if (static_cast<double>(i) != index) {
      double empty = i - index;
      output.push_back(stylize(
          u"<" + number_to_u16string(empty) + u" empty item" + (empty > 1 ? u"s" : u"") + u">", "undefined"));
      index = i;
      if (output.size() == max_length) break;
    }
    output.push_back(format_property(a, recurse_times, m_vm.index_key(i), PropType::kArrayElement));
    index += 1;
  }
  double remaining = a->length() - index;
  if (output.size() != max_length) {
    if (remaining > 0) {
      output.push_back(stylize(
          u"<" + number_to_u16string(remaining) + u" empty item" + (remaining > 1 ? u"s" : u"") + u">",
          "undefined"));
    }
  } else if (remaining > 0) {
    output.push_back(remaining_text(remaining));
  }
}

// Whether value[i] is a number for every i < count (numbers are right-aligned when grouped).
bool Inspector::array_numbers_only(ArrayObject* a, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= a->length()) return false;
    Value v = a->element(static_cast<std::uint32_t>(i));
    if (v.is_hole()) {
      auto desc = a->find_property(m_vm.index_key(static_cast<std::uint32_t>(i)));
      v = desc && !desc->is_accessor() ? desc->value : Value::undefined();
    }
    if (!v.is_number()) return false;
  }
  return true;
}

// ---- Map, Set, iterators, promises ----

std::vector<std::u16string> Inspector::format_set(MapObject* s, int recurse_times) {
  std::vector<std::u16string> output;
  double size = static_cast<double>(s->table().size());
  double max_length = std::min<double>(std::max(0, m_opts.max_array_length), size);
  m_indentation += 2;
  for (const OrderedTable::Entry& e : s->table().entries()) {
    if (static_cast<double>(output.size()) >= max_length || m_threw) break;
    if (e.deleted) continue;
    output.push_back(format_value(e.key, recurse_times));
  }
  if (size > max_length) output.push_back(remaining_text(size - max_length));
  m_indentation -= 2;
  return output;
}

std::vector<std::u16string> Inspector::format_map(MapObject* m, int recurse_times) {
  std::vector<std::u16string> output;
  double size = static_cast<double>(m->table().size());
  double max_length = std::min<double>(std::max(0, m_opts.max_array_length), size);
  m_indentation += 2;
  for (const OrderedTable::Entry& e : m->table().entries()) {
    if (static_cast<double>(output.size()) >= max_length || m_threw) break;
    if (e.deleted) continue;
    std::u16string k = format_value(e.key, recurse_times);
    output.push_back(k + u" => " + format_value(e.value, recurse_times));
  }
  if (size > max_length) output.push_back(remaining_text(size - max_length));
  m_indentation -= 2;
  return output;
}

// formatIterator: the entries a Map or Set iterator has still to produce.
std::vector<std::u16string> Inspector::format_iterator(IteratorObject* it, int recurse_times,
                                                       std::u16string& open) {
  std::vector<std::pair<Value, Value>> entries;
  bool is_set = it->object_class() == ObjectClass::kSetIterator;
  if (it->target().is_object()) {
    const auto& table = static_cast<MapObject*>(it->target().as_object())->table().entries();
    for (std::size_t i = it->position(); i < table.size(); ++i) {
      if (!table[i].deleted) entries.emplace_back(table[i].key, is_set ? table[i].key : table[i].value);
    }
  }
  double max_length =
      std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(entries.size()));
  std::vector<std::u16string> output;
  bool key_value = it->mode() == IteratorObject::Mode::kEntries;
  m_indentation += 2;
  for (std::size_t i = 0; static_cast<double>(i) < max_length && !m_threw; ++i) {
    if (key_value) {
      std::vector<std::u16string> pair = {format_value(entries[i].first, recurse_times),
                                          format_value(entries[i].second, recurse_times)};
      output.push_back(inspect_layout::reduce_to_single_string(layout(), std::move(pair), u"", u"[", u"]",
                                                               Extras::kArray, recurse_times, false));
    } else {
      Value v = it->mode() == IteratorObject::Mode::kKeys ? entries[i].first : entries[i].second;
      output.push_back(format_value(v, recurse_times));
    }
  }
  m_indentation -= 2;
  if (static_cast<double>(entries.size()) > max_length) {
    output.push_back(remaining_text(static_cast<double>(entries.size()) - max_length));
  }
  if (key_value) {
    const std::u16string suffix = u" Iterator] {";
    if (open.size() >= suffix.size() &&
        open.compare(open.size() - suffix.size(), suffix.size(), suffix) == 0) {
      open = open.substr(0, open.size() - suffix.size()) + u" Entries] {";
    }
  }
  return output;
}

std::vector<std::u16string> Inspector::format_promise(PromiseObject* p, int recurse_times) {
  if (p->state() == PromiseState::kPending) return {stylize(u"<pending>", "special")};
  m_indentation += 2;
  std::u16string str = format_value(p->result(), recurse_times);
  m_indentation -= 2;
  if (p->state() == PromiseState::kRejected) return {stylize(u"<rejected>", "special") + u" " + str};
  return {str};
}

}  // namespace looplab::js::inspect_detail
