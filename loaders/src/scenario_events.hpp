// SPDX-License-Identifier: Apache-2.0
#pragma once
// The event layer under the scenario reader: libyaml's event parser (YAML)
// and nlohmann's SAX parser (JSON) turned into one stream of events with
// 1-based line:column marks, plus the small node tree the reader builds for
// one top-level item at a time (a source, an actor, a relation, an incident).
// Private to loaders/.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::scenario_detail {

/// A 1-based position in the input (0, 0: none).
struct mark {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// One YAML or JSON node, with the position of its first character (a flow
/// mapping's '{', a block mapping's first key, a quoted value's quote).
struct tree {
  enum class type : std::uint8_t { null, scalar, map, seq };
  type kind = type::null;
  mark at;
  std::string text;         ///< a scalar's value
  std::vector<tree> items;  ///< a sequence's items, or a mapping's key, value, key, value, ...
};

/// A read-only handle to a tree node, with the few operations the reader
/// uses (the names of yaml-cpp's YAML::Node, which the reader used before).
/// A default handle is "undefined": a key that is not there.
class node {
 public:
  node() = default;
  explicit node(const tree* t) : t_(t) {}

  /// Defined (the key was there, even with a null value).
  explicit operator bool() const { return t_ != nullptr; }
  [[nodiscard]] bool IsNull() const { return t_ != nullptr && t_->kind == tree::type::null; }
  [[nodiscard]] bool IsScalar() const { return t_ != nullptr && t_->kind == tree::type::scalar; }
  [[nodiscard]] bool IsMap() const { return t_ != nullptr && t_->kind == tree::type::map; }
  [[nodiscard]] bool IsSequence() const { return t_ != nullptr && t_->kind == tree::type::seq; }
  /// A scalar's text; "" for anything else.
  [[nodiscard]] const std::string& Scalar() const;
  [[nodiscard]] mark Mark() const { return t_ != nullptr ? t_->at : mark{}; }

  /// A mapping's value under `key` (the first one), or an undefined handle.
  [[nodiscard]] node operator[](std::string_view key) const;
  /// Items of a sequence, pairs of a mapping.
  [[nodiscard]] std::size_t size() const;
  /// A sequence's item k.
  [[nodiscard]] node operator[](std::size_t k) const { return node(&t_->items[k]); }
  /// A mapping's key k and value k.
  [[nodiscard]] node key(std::size_t k) const { return node(&t_->items[2 * k]); }
  [[nodiscard]] node value(std::size_t k) const { return node(&t_->items[2 * k + 1]); }

  /// Iterates a sequence's items.
  class iterator {
   public:
    explicit iterator(const tree* p) : p_(p) {}
    node operator*() const { return node(p_); }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    const tree* p_;
  };
  [[nodiscard]] iterator begin() const { return iterator(IsSequence() ? t_->items.data() : nullptr); }
  [[nodiscard]] iterator end() const { return iterator(IsSequence() ? t_->items.data() + t_->items.size() : nullptr); }

 private:
  const tree* t_ = nullptr;
};

/// Receives the events of one input, in document order. Marks are 1-based.
/// An anchor is empty when the node has none. Every function may throw.
class event_sink {
 public:
  virtual ~event_sink() = default;
  virtual void document_start(mark at) = 0;
  virtual void map_start(mark at, std::string_view anchor) = 0;
  virtual void map_end() = 0;
  virtual void seq_start(mark at, std::string_view anchor) = 0;
  virtual void seq_end() = 0;
  /// `null`: a plain `~`, `null`, `Null`, `NULL` or empty value (YAML), or JSON's null.
  virtual void scalar(mark at, std::string_view anchor, std::string_view text, bool null) = 0;
  virtual void alias(mark at, std::string_view anchor) = 0;
};

/// A syntax error of the parser, with its position and wording.
struct syntax_problem {
  mark at;
  std::string message;  ///< e.g. "mapping values are not allowed in this context"
};

/// Parses YAML text with libyaml, sending its events to `sink`. Returns the
/// syntax problem if there is one (the events before it were sent).
[[nodiscard]] bool parse_yaml(std::string_view text, event_sink& sink, syntax_problem& problem);

/// Whether `text` is read as JSON: its first character (after a BOM and
/// white space) is '{' and the next is '"' or '}', which no YAML flow
/// mapping with a plain key starts with.
[[nodiscard]] bool looks_like_json(std::string_view text);

/// Parses JSON text (RFC 8259) with nlohmann's SAX parser, as parse_yaml.
[[nodiscard]] bool parse_json(std::string_view text, event_sink& sink, syntax_problem& problem);

/// The 1-based line and column (in bytes) of byte `offset` of `text`.
[[nodiscard]] mark mark_of_offset(std::string_view text, std::size_t offset);

}  // namespace faultline::scenario_detail
