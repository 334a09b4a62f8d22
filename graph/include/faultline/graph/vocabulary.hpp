// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The relation vocabulary: which relation types exist between actors, and
/// what each one means. It is data, held in the graph, not code: a scenario
/// may add types of its own.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

/// Whether a relation type is friendly (+1), hostile (-1) or neutral (0).
enum class polarity : std::int8_t { hostile = -1, neutral = 0, friendly = 1 };

[[nodiscard]] std::string_view to_string(polarity p) noexcept;
[[nodiscard]] std::optional<polarity> parse_polarity(std::string_view text) noexcept;

/// One entry of the vocabulary.
struct relation_type {
  std::string id;  ///< e.g. "backs"
  polarity sign = polarity::neutral;
  double default_weight = 1.0;  ///< used when a relation gives no weight; in (0, 1]
  bool symmetric = false;       ///< "a allied_with b" implies "b allied_with a"
  std::string meaning;          ///< one sentence for people

  friend bool operator==(const relation_type&, const relation_type&) = default;

  template <class Archive>
  void serialize(Archive& ar, unsigned /*version*/) {
    ar& id& sign& default_weight& symmetric& meaning;
  }
};

/// Index of a relation type in a vocabulary.
using relation_type_id = std::uint16_t;

/// An ordered set of relation types, looked up by id.
class vocabulary {
 public:
  /// The built-in types: backs, allied_with, member_of, controls, hostile_to,
  /// at_war_with, designates, sanctions, condemns, threatens, negotiates_with.
  [[nodiscard]] static vocabulary builtin();

  /// The type with this id, if any. Ids are matched exactly (they are lowercase).
  [[nodiscard]] std::optional<relation_type_id> find(std::string_view id) const noexcept;
  [[nodiscard]] const relation_type& operator[](relation_type_id id) const { return types_.at(id); }
  [[nodiscard]] const std::vector<relation_type>& types() const noexcept { return types_; }
  [[nodiscard]] std::size_t size() const noexcept { return types_.size(); }

  /// Adds a type. Throws usage_error if its id exists with a different
  /// definition, its id is not a lowercase slug, or its weight is not in (0, 1].
  /// Adding an identical definition again is a no-op. Returns its index.
  relation_type_id add(relation_type type);

  friend bool operator==(const vocabulary&, const vocabulary&) = default;

  template <class Archive>
  void serialize(Archive& ar, unsigned /*version*/) {
    ar& types_;
  }

 private:
  std::vector<relation_type> types_;
};

/// The well-known ids of built-in types, for code that needs a specific one.
namespace relation_ids {
inline constexpr std::string_view backs = "backs";
inline constexpr std::string_view allied_with = "allied_with";
inline constexpr std::string_view member_of = "member_of";
inline constexpr std::string_view controls = "controls";
inline constexpr std::string_view hostile_to = "hostile_to";
inline constexpr std::string_view at_war_with = "at_war_with";
inline constexpr std::string_view designates = "designates";
inline constexpr std::string_view sanctions = "sanctions";
inline constexpr std::string_view condemns = "condemns";
inline constexpr std::string_view threatens = "threatens";
inline constexpr std::string_view negotiates_with = "negotiates_with";
}  // namespace relation_ids

/// True when `text` is a valid id: lowercase ASCII letters, digits, '-', '_' and '.', starting with a letter or digit.
[[nodiscard]] bool is_slug(std::string_view text) noexcept;

}  // namespace faultline
