// Property tables and the ordinary [[Get]] / [[Set]] / [[DefineOwnProperty]] of ECMA-262 10.1,
// plus the exotic overrides of arrays and primitive wrappers.
#include "core/js/runtime/object.h"

#include <algorithm>
#include <cmath>

#include "core/js/runtime/conversions.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

// ---- Object ----------------------------------------------------------------------------------

int Object::find_slot(PropKey key) const {
  if (m_index) {
    auto it = m_index->find(key.cell());
    return it == m_index->end() ? -1 : static_cast<int>(it->second);
  }
  for (std::size_t i = 0; i < m_slots.size(); ++i) {
    if (m_slots[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

std::optional<PropertyDescriptor> Object::get_own_property(PropKey key) const {
  int i = find_slot(key);
  if (i < 0) return std::nullopt;
  const Slot& s = m_slots[static_cast<std::size_t>(i)];
  return PropertyDescriptor{s.value, s.setter, s.attrs};
}

std::optional<std::uint8_t> Object::own_property_attrs(PropKey key) const {
  auto d = get_own_property(key);
  if (!d) return std::nullopt;
  return d->attrs;
}

void Object::define(PropKey key, Value value, std::uint8_t attrs) {
  int i = find_slot(key);
  if (i >= 0) {
    Slot& s = m_slots[static_cast<std::size_t>(i)];
    s.value = value;
    s.setter = Value::undefined();
    s.attrs = attrs;
    return;
  }
  m_slots.push_back(Slot{key, value, Value::undefined(), attrs});
  if (m_index) {
    m_index->emplace(key.cell(), static_cast<std::uint32_t>(m_slots.size() - 1));
  } else if (m_slots.size() > kIndexThreshold) {
    m_index = std::make_unique<std::unordered_map<Cell*, std::uint32_t>>();
    for (std::size_t k = 0; k < m_slots.size(); ++k) m_index->emplace(m_slots[k].key.cell(), k);
  }
}

void Object::define_accessor(PropKey key, Value getter, Value setter, std::uint8_t attrs) {
  define(key, getter, static_cast<std::uint8_t>(attrs | kAccessor));
  m_slots[static_cast<std::size_t>(find_slot(key))].setter = setter;
}

void Object::remove_slot(int i) {
  m_slots.erase(m_slots.begin() + i);
  if (m_index) {
    m_index->clear();
    for (std::size_t k = 0; k < m_slots.size(); ++k) m_index->emplace(m_slots[k].key.cell(), k);
  }
}

bool Object::define_own_property(PropKey key, const PropertyDescriptor& desc) {
  auto current = get_own_property(key);
  if (!current) {
    if (!m_extensible) return false;
    if (desc.is_accessor()) {
      define_accessor(key, desc.value, desc.setter, desc.attrs);
    } else {
      define(key, desc.value, desc.attrs);
    }
    return true;
  }
  // 10.1.6.3 ValidateAndApplyPropertyDescriptor (descriptors here are complete).
  if (!current->configurable()) {
    if (desc.configurable()) return false;
    if (desc.enumerable() != current->enumerable()) return false;
    if (desc.is_accessor() != current->is_accessor()) return false;
    if (current->is_accessor()) {
      if (!(desc.value == current->value) || !(desc.setter == current->setter)) return false;
    } else if (!current->writable()) {
      if (desc.writable()) return false;
      if (!same_value(desc.value, current->value)) return false;
    }
  }
  if (desc.is_accessor()) {
    define_accessor(key, desc.value, desc.setter, desc.attrs);
  } else {
    define(key, desc.value, desc.attrs);
  }
  return true;
}

bool Object::delete_property(PropKey key) {
  int i = find_slot(key);
  if (i < 0) return true;
  if ((m_slots[static_cast<std::size_t>(i)].attrs & kConfigurable) == 0) return false;
  remove_slot(i);
  return true;
}

std::vector<PropKey> Object::own_keys(Heap&, bool include_symbols) const {
  std::vector<PropKey> indices, strings, symbols;
  for (const Slot& s : m_slots) {
    if (s.key.is_symbol()) {
      if (include_symbols && !s.key.as_symbol()->is_private()) symbols.push_back(s.key);
    } else if (s.key.is_array_index()) {
      indices.push_back(s.key);
    } else {
      strings.push_back(s.key);
    }
  }
  std::sort(indices.begin(), indices.end(),
            [](PropKey a, PropKey b) { return a.array_index() < b.array_index(); });
  indices.insert(indices.end(), strings.begin(), strings.end());
  indices.insert(indices.end(), symbols.begin(), symbols.end());
  return indices;
}

std::optional<PropertyDescriptor> Object::find_property(PropKey key, Object** holder) const {
  for (const Object* o = this; o != nullptr; o = o->m_prototype) {
    if (auto d = o->get_own_property(key)) {
      if (holder != nullptr) *holder = const_cast<Object*>(o);
      return d;
    }
  }
  return std::nullopt;
}

Value Object::get(Vm& vm, PropKey key, Value receiver) {
  for (Object* o = this; o != nullptr; o = o->m_prototype) {
    if (o->m_class == ObjectClass::kOrdinary || o->m_class == ObjectClass::kFunction ||
        o->m_class == ObjectClass::kPromise) {
      int i = o->find_slot(key);
      if (i < 0) continue;
      const Slot& s = o->m_slots[static_cast<std::size_t>(i)];
      if ((s.attrs & kAccessor) == 0) return s.value;
      if (s.value.is_undefined()) return Value::undefined();
      return vm.call(s.value, receiver, ArgList());
    }
    auto d = o->get_own_property(key);
    if (!d) continue;
    if (!d->is_accessor()) return d->value;
    if (d->value.is_undefined()) return Value::undefined();
    return vm.call(d->value, receiver, ArgList());
  }
  return Value::undefined();
}

Value Object::set(Vm& vm, PropKey key, Value value, Value receiver) {
  if (m_string_values && receiver == Value(this) && !value.is_string()) {
    String* text = to_string(vm, value);
    if (text == nullptr) return Value::exception();
    value = Value(text);
  }
  // 10.4.5.5: a typed array's own index never reaches the ordinary path.
  if (m_class == ObjectClass::kTypedArray && receiver == Value(this) &&
      TypedArrayObject::is_numeric_key(key)) {
    return static_cast<TypedArrayObject*>(this)->set_numeric(vm, key, value);
  }
  // 10.1.9.2 OrdinarySetWithOwnDescriptor.
  Object* holder = nullptr;
  auto desc = find_property(key, &holder);
  if (desc && desc->is_accessor()) {
    if (desc->setter.is_undefined()) return Value::boolean(false);
    Value r = vm.call(desc->setter, receiver, {value});
    if (r.is_exception()) return r;
    return Value::boolean(true);
  }
  if (desc && !desc->writable()) return Value::boolean(false);
  if (!receiver.is_object()) return Value::boolean(false);
  Object* target = receiver.as_object();
  if (target != holder) {
    auto existing = target->get_own_property(key);
    if (existing) {
      if (existing->is_accessor() || !existing->writable()) return Value::boolean(false);
    } else if (!target->m_extensible) {
      return Value::boolean(false);
    } else {
      if (target->is_array() && key.is_string() && key.as_string() == vm.atom("length")) {
        // unreachable: arrays always have an own length
      }
      target->define(key, value, kDefaultAttrs);
      return Value::boolean(true);
    }
    target->define(key, value, existing->attrs);
    return Value::boolean(true);
  }
  if (target->is_array() && !key.is_symbol() && key.as_string() == vm.atom("length")) {
    auto* array = static_cast<ArrayObject*>(target);
    auto n = to_number(vm, value);
    if (!n) return Value::exception();
    auto len = static_cast<std::uint32_t>(static_cast<std::int64_t>(*n));
    if (static_cast<double>(len) != *n) return vm.throw_range_error("Invalid array length");
    array->set_length(len);
    return Value::boolean(true);
  }
  target->define(key, value, desc->attrs);
  return Value::boolean(true);
}

void Object::trace(Tracer& t) {
  t.visit(m_prototype);
  t.visit(m_creator);
  for (const Slot& s : m_slots) {
    t.visit(s.key.cell());
    t.visit(s.value);
    t.visit(s.setter);
  }
}

// ---- ArrayObject -----------------------------------------------------------------------------

namespace {
bool is_length_key(PropKey key) {
  if (key.is_symbol()) return false;
  const auto& text = key.as_string()->text();
  return text == u"length";
}
}  // namespace

void ArrayObject::set_length(std::uint32_t length) {
  if (length < m_elements.size()) {
    m_elements.resize(length);
  } else if (length <= m_elements.size() + kMaxDenseGap) {
    m_elements.resize(length, Value::hole());
  }
  if (length < m_length) {
    // Drop table elements at or past the new length.
    std::vector<int> doomed;
    for (std::size_t i = 0; i < slots().size(); ++i) {
      PropKey k = slots()[i].key;
      if (k.is_array_index() && k.array_index() >= length) doomed.push_back(static_cast<int>(i));
    }
    for (auto it = doomed.rbegin(); it != doomed.rend(); ++it) remove_slot(*it);
  }
  m_length = length;
}

Value ArrayObject::element(std::uint32_t i) const {
  if (i < m_elements.size()) return m_elements[i];
  if (i >= m_length) return Value::hole();
  for (const Slot& s : slots()) {
    if (s.key.is_array_index() && s.key.array_index() == i && (s.attrs & kAccessor) == 0) return s.value;
  }
  return Value::hole();
}

void ArrayObject::set_element(std::uint32_t i, Value v) {
  if (i < m_elements.size()) {
    m_elements[i] = v;
    return;
  }
  if (i <= m_elements.size() + kMaxDenseGap && i < 0xFFFF'FFFEu) {
    m_elements.resize(i + 1, Value::hole());
    m_elements[i] = v;
    if (i + 1 > m_length) m_length = i + 1;
    return;
  }
  // Sparse: in the table, under its index atom.
  Object::define(PropKey(m_heap->intern_utf8(std::to_string(i))), v, kDefaultAttrs);
  if (i >= m_length) m_length = i + 1;
}

std::optional<PropertyDescriptor> ArrayObject::get_own_property(PropKey key) const {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (i < m_elements.size()) {
      if (m_elements[i].is_hole()) return std::nullopt;
      return PropertyDescriptor{m_elements[i], Value::undefined(), kDefaultAttrs};
    }
    return Object::get_own_property(key);
  }
  if (is_length_key(key)) {
    return PropertyDescriptor{Value(static_cast<double>(m_length)), Value::undefined(),
                              static_cast<std::uint8_t>(m_length_writable ? kWritable : 0)};
  }
  return Object::get_own_property(key);
}

void ArrayObject::define(PropKey key, Value value, std::uint8_t attrs) {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (attrs == kDefaultAttrs && i <= m_elements.size() + kMaxDenseGap && Object::find_slot(key) < 0) {
      set_element(i, value);
      return;
    }
    // A non-default attribute or a far index: the table holds it (and not the dense part).
    if (i < m_elements.size()) m_elements[i] = Value::hole();
    Object::define(key, value, attrs);
    if (i >= m_length) m_length = i + 1;
    return;
  }
  if (is_length_key(key)) {
    if (value.is_number()) set_length(static_cast<std::uint32_t>(value.as_number()));
    if ((attrs & kWritable) == 0) m_length_writable = false;
    return;
  }
  Object::define(key, value, attrs);
}

bool ArrayObject::define_own_property(PropKey key, const PropertyDescriptor& desc) {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (i >= m_length && !m_length_writable) return false;
    if (i < m_elements.size() && !m_elements[i].is_hole() && !desc.is_accessor() &&
        desc.attrs == kDefaultAttrs) {
      m_elements[i] = desc.value;
      return true;
    }
    if (!get_own_property(key) && !is_extensible()) return false;
    if (desc.is_accessor()) {
      if (i < m_elements.size()) m_elements[i] = Value::hole();
      Object::define_accessor(key, desc.value, desc.setter, desc.attrs);
      if (i >= m_length) m_length = i + 1;
      return true;
    }
    if (i < m_elements.size() && !m_elements[i].is_hole() && desc.attrs != kDefaultAttrs) {
      m_elements[i] = Value::hole();
      Object::define(key, desc.value, desc.attrs);
      return true;
    }
    if (Object::find_slot(key) >= 0) return Object::define_own_property(key, desc);
    define(key, desc.value, desc.attrs);
    return true;
  }
  if (is_length_key(key)) {
    if (!m_length_writable && desc.writable()) return false;
    if (desc.value.is_number()) {
      if (!m_length_writable && static_cast<std::uint32_t>(desc.value.as_number()) != m_length) return false;
      set_length(static_cast<std::uint32_t>(desc.value.as_number()));
    }
    if (!desc.writable()) m_length_writable = false;
    return true;
  }
  return Object::define_own_property(key, desc);
}

bool ArrayObject::delete_property(PropKey key) {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (i < m_elements.size() && !m_elements[i].is_hole()) {
      m_elements[i] = Value::hole();
      return true;
    }
    return Object::delete_property(key);
  }
  if (is_length_key(key)) return false;
  return Object::delete_property(key);
}

std::vector<PropKey> ArrayObject::own_keys(Heap& heap, bool include_symbols) const {
  std::vector<PropKey> keys;
  for (std::uint32_t i = 0; i < m_elements.size(); ++i) {
    if (!m_elements[i].is_hole()) keys.emplace_back(heap.intern_utf8(std::to_string(i)));
  }
  std::vector<PropKey> rest = Object::own_keys(heap, include_symbols);
  std::size_t first_string = 0;
  while (first_string < rest.size() && rest[first_string].is_array_index()) ++first_string;
  keys.insert(keys.end(), rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(first_string));
  std::sort(keys.begin(), keys.end(), [](PropKey a, PropKey b) { return a.array_index() < b.array_index(); });
  keys.emplace_back(heap.intern_utf8("length"));
  keys.insert(keys.end(), rest.begin() + static_cast<std::ptrdiff_t>(first_string), rest.end());
  return keys;
}

void ArrayObject::trace(Tracer& t) {
  Object::trace(t);
  for (Value v : m_elements) t.visit(v);
}

// ---- Errors ----------------------------------------------------------------------------------

void ErrorObject::set_pending_stack(Vm* vm, std::string frames) {
  m_vm = vm;
  m_frames = std::move(frames);
  m_pending = true;
  Object::define(vm->key("stack"), Value::undefined(), kMethodAttrs);
}

void ErrorObject::materialize() const {
  if (!m_pending) return;
  m_pending = false;
  Vm& vm = *m_vm;
  auto* self = const_cast<ErrorObject*>(this);
  // 20.5.3.4 Error.prototype.toString's header, read now (getters included).
  bool had = vm.has_exception();
  Value saved = had ? vm.take_exception() : Value::undefined();
  std::u16string name = u"Error", message;
  Value n = self->get(vm, vm.key("name"));
  if (n.is_exception()) {
    vm.take_exception();
  } else if (!n.is_undefined()) {
    String* s = to_string(vm, n);
    if (s != nullptr)
      name = s->text();
    else
      vm.take_exception();
  }
  Value m = self->get(vm, vm.key("message"));
  if (m.is_exception()) {
    vm.take_exception();
  } else if (!m.is_undefined()) {
    String* s = to_string(vm, m);
    if (s != nullptr)
      message = s->text();
    else
      vm.take_exception();
  }
  if (had) vm.throw_value(saved);
  std::u16string text = name.empty() ? message : message.empty() ? name : name + u": " + message;
  text += utf8_to_utf16(m_frames);
  int i = self->find_slot(vm.key("stack"));
  if (i >= 0 && (self->slot(i).attrs & kAccessor) == 0)
    self->slot(i).value = Value(vm.string(std::move(text)));
}

std::optional<PropertyDescriptor> ErrorObject::get_own_property(PropKey key) const {
  if (m_pending && key.is_string() && key.as_string()->text() == u"stack") materialize();
  return Object::get_own_property(key);
}

// The pending "stack" placeholder already has the right attributes: no need to format it.
std::optional<std::uint8_t> ErrorObject::own_property_attrs(PropKey key) const {
  if (m_pending) {
    auto d = Object::get_own_property(key);
    if (!d) return std::nullopt;
    return d->attrs;
  }
  return Object::own_property_attrs(key);
}

void ErrorObject::define(PropKey key, Value value, std::uint8_t attrs) {
  if (m_pending && key.is_string() && key.as_string()->text() == u"stack") m_pending = false;
  Object::define(key, value, attrs);
}

bool ErrorObject::define_own_property(PropKey key, const PropertyDescriptor& desc) {
  if (m_pending && key.is_string() && key.as_string()->text() == u"stack") m_pending = false;
  return Object::define_own_property(key, desc);
}

bool ErrorObject::delete_property(PropKey key) {
  if (m_pending && key.is_string() && key.as_string()->text() == u"stack") m_pending = false;
  return Object::delete_property(key);
}

// ---- Functions -------------------------------------------------------------------------------

std::string FunctionObject::name_utf8() const {
  for (const Slot& s : slots()) {
    if (s.key.is_string() && s.key.as_string()->text() == u"name") {
      if ((s.attrs & kAccessor) == 0 && s.value.is_string()) return s.value.as_string()->to_utf8();
      return "";
    }
  }
  return "";
}

void NativeFunction::trace(Tracer& t) {
  Object::trace(t);
  for (Value v : m_slots) t.visit(v);
}

void BoundFunction::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_target);
  t.visit(m_this);
  for (Value v : m_args) t.visit(v);
}

// ---- Primitive wrappers ----------------------------------------------------------------------

std::optional<PropertyDescriptor> PrimitiveObject::get_own_property(PropKey key) const {
  if (object_class() == ObjectClass::kString && m_primitive.is_string() && key.is_string()) {
    const std::u16string& text = m_primitive.as_string()->text();
    if (key.is_array_index() && key.array_index() < text.size()) {
      return PropertyDescriptor{Value(m_heap->make<String>(std::u16string(1, text[key.array_index()]))),
                                Value::undefined(), kEnumerable};
    }
    if (key.as_string()->text() == u"length") {
      return PropertyDescriptor{Value(static_cast<double>(text.size())), Value::undefined(), 0};
    }
  }
  return Object::get_own_property(key);
}

std::vector<PropKey> PrimitiveObject::own_keys(Heap& heap, bool include_symbols) const {
  if (object_class() != ObjectClass::kString || !m_primitive.is_string()) {
    return Object::own_keys(heap, include_symbols);
  }
  std::vector<PropKey> keys;
  for (std::size_t i = 0; i < m_primitive.as_string()->length(); ++i) {
    keys.emplace_back(heap.intern_utf8(std::to_string(i)));
  }
  std::vector<PropKey> rest = Object::own_keys(heap, include_symbols);
  std::size_t first_string = 0;
  while (first_string < rest.size() && rest[first_string].is_array_index()) ++first_string;
  keys.insert(keys.end(), rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(first_string));
  keys.emplace_back(heap.intern_utf8("length"));
  keys.insert(keys.end(), rest.begin() + static_cast<std::ptrdiff_t>(first_string), rest.end());
  return keys;
}

bool PrimitiveObject::delete_property(PropKey key) {
  if (object_class() == ObjectClass::kString && m_primitive.is_string() && key.is_string()) {
    if (key.is_array_index() && key.array_index() < m_primitive.as_string()->length()) return false;
    if (key.as_string()->text() == u"length") return false;
  }
  return Object::delete_property(key);
}

void PrimitiveObject::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_primitive);
}

// ---- Map / Set storage -----------------------------------------------------------------------

Value OrderedTable::normalize(Value key) {
  if (key.is_number() && key.as_number() == 0) return Value(0.0);  // -0 and +0 are one key
  return key;
}

std::uint64_t OrderedTable::hash(Value key) {
  if (key.is_string()) return std::hash<std::u16string>()(key.as_string()->text());
  return key.bits() * 0x9E37'79B9'7F4A'7C15ull;
}

std::optional<std::size_t> OrderedTable::find(Value key) const {
  key = normalize(key);
  auto range = m_index.equal_range(hash(key));
  for (auto it = range.first; it != range.second; ++it) {
    const Entry& e = m_entries[it->second];
    if (e.deleted) continue;
    if (e.key == key ||
        (key.is_string() && e.key.is_string() && key.as_string()->text() == e.key.as_string()->text())) {
      return it->second;
    }
  }
  return std::nullopt;
}

void OrderedTable::set(Value key, Value value) {
  key = normalize(key);
  if (auto i = find(key)) {
    m_entries[*i].value = value;
    return;
  }
  m_entries.push_back(Entry{key, value, false});
  m_index.emplace(hash(key), m_entries.size() - 1);
  ++m_live;
}

bool OrderedTable::remove(Value key) {
  key = normalize(key);
  auto i = find(key);
  if (!i) return false;
  m_entries[*i].deleted = true;
  m_entries[*i].key = Value::undefined();
  m_entries[*i].value = Value::undefined();
  auto range = m_index.equal_range(hash(key));
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == *i) {
      m_index.erase(it);
      break;
    }
  }
  --m_live;
  return true;
}

void OrderedTable::clear() {
  // Entries stay as tombstones so that a live iterator's position keeps meaning.
  for (Entry& e : m_entries) {
    e.deleted = true;
    e.key = Value::undefined();
    e.value = Value::undefined();
  }
  m_index.clear();
  m_live = 0;
}

void OrderedTable::trace(Tracer& t) const {
  for (const Entry& e : m_entries) {
    t.visit(e.key);
    t.visit(e.value);
  }
}

void MapObject::trace(Tracer& t) {
  Object::trace(t);
  m_table.trace(t);
}

std::optional<Value> WeakMapObject::get_entry(Cell* key) const {
  auto it = m_entries.find(key);
  if (it == m_entries.end()) return std::nullopt;
  return it->second;
}

bool WeakMapObject::trace_ephemerons(Tracer& t) {
  bool progress = false;
  for (auto& entry : m_entries) {
    if (Tracer::is_marked(entry.first) && entry.second.is_cell() &&
        !Tracer::is_marked(entry.second.as_cell())) {
      t.visit(entry.second);
      progress = true;
    }
  }
  return progress;
}

void WeakMapObject::clear_dead_entries() {
  std::erase_if(m_entries, [](const auto& entry) { return !Tracer::is_marked(entry.first); });
}

void PromiseObject::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_result);
  for (auto* list : {&m_fulfill, &m_reject}) {
    for (const PromiseReaction& r : *list) {
      t.visit(r.capability);
      t.visit(r.resolve);
      t.visit(r.reject);
      t.visit(r.handler);
    }
  }
}

void IteratorObject::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_target);
}

}  // namespace looplab::js
