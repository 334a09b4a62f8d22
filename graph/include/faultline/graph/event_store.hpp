// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The incidents of a columnar snapshot (format version 5), read in place.
///
/// A columnar snapshot holds incidents, their roles and the links between
/// them as fixed-width columns (one array per field), strings in one table,
/// and indexes: the incidents by date with a date -> range index, each
/// actor's incidents (postings, by date), each incident's roles. An
/// `event_store` maps the file read-only and reads the columns where they
/// are: opening it reads the header and the section table only. Each section
/// has its own checksum, verified (with its content: every index in range,
/// every enum valid) the first time the section is read, or all at once by
/// verify_all(). docs/snapshot-format.md describes the layout.
///
/// Accessors taking an incident (role, link) index expect it below size()
/// (roles(), links()); they throw snapshot_error when the section they read
/// is found damaged on its first read.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <faultline/graph/model.hpp>

namespace faultline {

class event_store {
 public:
  /// Maps a snapshot file and checks its header and section table (each
  /// section inside the file, each count consistent with the bytes there)
  /// before anything else is read or allocated.
  /// \throws io_error when the file cannot be read, snapshot_error when it is
  ///         not a version-5 snapshot or its header or table is damaged.
  [[nodiscard]] static event_store open(const std::filesystem::path& path);

  /// The same over bytes in memory; `name` is used in messages. The bytes
  /// are used in place when 8-byte aligned (they must then outlive the
  /// store), copied otherwise. \throws snapshot_error
  [[nodiscard]] static event_store from_bytes(std::string_view bytes, std::string name);

  event_store(event_store&&) noexcept;
  event_store& operator=(event_store&&) noexcept;
  ~event_store();

  /// The name messages use (the path).
  [[nodiscard]] const std::string& name() const noexcept;
  /// Numbers of incidents, roles, links and actors.
  [[nodiscard]] std::size_t size() const noexcept;
  [[nodiscard]] std::size_t roles() const noexcept;
  [[nodiscard]] std::size_t links() const noexcept;
  [[nodiscard]] std::size_t actors() const noexcept;

  /// Verifies the checksum and content of every section not verified yet.
  /// \throws snapshot_error naming the first damaged section
  void verify_all() const;

  // ---------------------------------------------------------- columns
  /// An incident's id, name, type (views into the file).
  [[nodiscard]] std::string_view id(incident_index i) const;
  [[nodiscard]] std::string_view name_of(incident_index i) const;
  [[nodiscard]] std::string_view type(incident_index i) const;
  /// An incident's date and, for campaigns, end date.
  [[nodiscard]] date when(incident_index i) const;
  [[nodiscard]] std::optional<date> until(incident_index i) const;
  /// Whether any incident has an end date (a campaign): when none has, an
  /// incident lies on its own date only, and a date range (in_dates,
  /// of_actor) finds every incident under way in it.
  [[nodiscard]] bool has_spans() const noexcept;
  /// An incident's rung on the escalation ladder, if the scenario set one.
  [[nodiscard]] std::optional<std::uint8_t> rung(incident_index i) const;
  /// An incident's CAMEO code and Goldstein value (event coding).
  [[nodiscard]] std::string_view cameo(incident_index i) const;
  [[nodiscard]] std::optional<double> goldstein(incident_index i) const;
  /// GDELT's QuadClass, NumMentions, NumSources of an incident (0: none).
  [[nodiscard]] std::uint8_t quad_class(incident_index i) const;
  [[nodiscard]] std::uint32_t mentions(incident_index i) const;
  [[nodiscard]] std::uint32_t reports(incident_index i) const;
  /// GDELT's IsRootEvent of an incident; nullopt when the dataset does not say.
  [[nodiscard]] std::optional<bool> root_event(incident_index i) const;
  /// The event dataset that coded an incident ("gdelt", ...; empty: none)
  /// and the stance its coding gives (event_coding::stance).
  [[nodiscard]] std::string_view dataset(incident_index i) const;
  [[nodiscard]] std::optional<polarity> stance(incident_index i) const;
  /// An incident's place's country, and its dataset's own event type
  /// (event_coding::event_type); empty when none.
  [[nodiscard]] std::string_view country(incident_index i) const;
  [[nodiscard]] std::string_view event_type(incident_index i) const;
  /// An incident's fatalities, and a dataset's low and high estimates of
  /// deaths (event_coding::deaths_low, deaths_high); nullopt: unknown.
  [[nodiscard]] std::optional<std::int64_t> fatalities(incident_index i) const;
  [[nodiscard]] std::optional<std::int64_t> deaths_low(incident_index i) const;
  [[nodiscard]] std::optional<std::int64_t> deaths_high(incident_index i) const;
  /// An incident's and a role's confidence (provenance::confidence).
  [[nodiscard]] double confidence(incident_index i) const;
  [[nodiscard]] double role_confidence(std::uint32_t r) const;

  /// Role indices (a view: iterate it, or index it below size()).
  class role_ids {
   public:
    class iterator {
     public:
      using value_type = std::uint32_t;
      using difference_type = std::ptrdiff_t;
      iterator() = default;
      iterator(const role_ids* ids, std::uint32_t k) noexcept : ids_(ids), k_(k) {}
      std::uint32_t operator*() const noexcept { return (*ids_)[k_]; }
      iterator& operator++() noexcept {
        ++k_;
        return *this;
      }
      iterator operator++(int) noexcept {
        auto old = *this;
        ++k_;
        return old;
      }
      friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.k_ == b.k_; }

     private:
      const role_ids* ids_ = nullptr;
      std::uint32_t k_ = 0;
    };
    role_ids(const std::uint32_t* list, std::uint32_t first, std::uint32_t count) noexcept
        : list_(list), first_(first), count_(count) {}
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] std::uint32_t operator[](std::uint32_t k) const noexcept {
      return list_ != nullptr ? list_[first_ + k] : first_ + k;
    }
    [[nodiscard]] iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] iterator end() const noexcept { return {this, count_}; }

   private:
    const std::uint32_t* list_;  // null: the roles first_, first_ + 1, ...
    std::uint32_t first_, count_;
  };

  /// The roles of an incident, as role indices in the order they were added.
  [[nodiscard]] role_ids roles_of(incident_index i) const;
  /// A role's incident (O(log incidents) when the file gives it by the
  /// incident roles index only, as for roles in incident order), actor and
  /// kind.
  [[nodiscard]] incident_index role_incident(std::uint32_t r) const;
  [[nodiscard]] actor_index role_actor(std::uint32_t r) const;
  [[nodiscard]] role role_kind(std::uint32_t r) const;
  /// The actor a role's attribution is made by (role_edge::attributed_by), or no_index.
  [[nodiscard]] actor_index role_attributed_by(std::uint32_t r) const;

  // ---------------------------------------------------------- iteration
  /// Every incident index, by date (then by index).
  [[nodiscard]] std::span<const incident_index> by_date() const;
  /// The incidents whose date d has from <= d <= to (date order: first day,
  /// then coarser first, as `date`'s operator<=>), by date. O(log dates).
  [[nodiscard]] std::span<const incident_index> in_dates(date from, date to) const;
  /// The incidents an actor plays a role in, each once, by date. O(1).
  [[nodiscard]] std::span<const incident_index> of_actor(actor_index a) const;
  /// The same within from <= date <= to. O(log of the actor's incidents).
  [[nodiscard]] std::span<const incident_index> of_actor(actor_index a, date from, date to) const;

  // ---------------------------------------------------------- objects
  /// Builds one incident, role or link object from the columns.
  [[nodiscard]] incident materialise(incident_index i) const;
  [[nodiscard]] role_edge materialise_role(std::uint32_t r) const;
  [[nodiscard]] incident_link materialise_link(std::uint32_t k) const;
  /// The whole content (every section verified), as loaders and today's
  /// in-memory `graph` take it. Not validated: the graph constructor does.
  [[nodiscard]] graph_data load() const;
  /// What the snapshot holds besides incidents, roles and links: actors,
  /// relations, sources, scenarios and relation types (the one section
  /// that is not columns, verified; small). Not validated: the graph
  /// constructor does. For commands that need only these and the counts.
  [[nodiscard]] graph_data load_rest() const;

  struct impl;

 private:
  explicit event_store(std::unique_ptr<impl> p) noexcept;
  std::unique_ptr<impl> impl_;
};

}  // namespace faultline
