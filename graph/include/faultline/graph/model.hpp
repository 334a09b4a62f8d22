// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The typed data model: actors (states, groups, persons), incidents, the
/// relations between actors, the roles actors play in incidents, links
/// between incidents, and the sources every fact cites.
///
/// `graph_data` is the plain content of a graph, as loaders build it and
/// snapshots store it. `faultline::graph` (graph.hpp) validates it and adds
/// the indexes queries need.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <faultline/graph/date.hpp>
#include <faultline/graph/vocabulary.hpp>

namespace faultline {

using actor_index = std::uint32_t;
using incident_index = std::uint32_t;
using relation_index = std::uint32_t;
using source_index = std::uint32_t;

inline constexpr std::uint32_t no_index = std::numeric_limits<std::uint32_t>::max();

/// The four kinds of node.
enum class node_kind : std::uint8_t { state, group, person, incident };

[[nodiscard]] std::string_view to_string(node_kind k) noexcept;
[[nodiscard]] std::optional<node_kind> parse_node_kind(std::string_view text) noexcept;

/// A cited source: an article, a dataset, a report.
struct source {
  std::string id;
  std::string title;
  std::string url;
  std::string publisher;
  std::optional<date> published;
  std::string note;  ///< e.g. where a date not in the source comes from

  friend bool operator==(const source&, const source&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& id& title& url& publisher& published& note;
  }
};

/// What a fact rests on: the sources it cites and how sure we are of it.
struct provenance {
  std::vector<source_index> sources;
  double confidence = 1.0;  ///< in [0, 1]
  std::string note;         ///< free text, e.g. "date not in the article; well-known public date"

  friend bool operator==(const provenance&, const provenance&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& sources& confidence& note;
  }
};

/// A name an importer merged into an actor, and the rule that merged it
/// (loaders/event_data.hpp), so every merge can be explained.
struct merged_name {
  std::string name;  ///< as the dataset spells it: "IRQMIL", "Government of Iraq"
  std::string rule;  ///< e.g. "gdelt actor code: country IRQ, type MIL"

  friend bool operator==(const merged_name&, const merged_name&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& name& rule;
  }
};

/// A state, group or person.
struct actor {
  std::string id;  ///< stable slug, unique among actors and incidents
  node_kind kind = node_kind::group;
  std::string name;  ///< display name
  std::vector<std::string> aliases;
  std::string category;  ///< e.g. militia, coalition, terrorist-organisation, armed-force, government
  std::string country;   ///< ISO 3166-1 alpha-2, or empty
  std::vector<std::string> tags;
  std::string description;
  provenance prov;
  /// Names importers merged into this actor, with the rule (empty for
  /// hand-written actors). Experimental.
  std::vector<merged_name> merged;

  friend bool operator==(const actor&, const actor&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& id& kind& name& aliases& category& country& tags& description& prov& merged;
  }
};

/// A typed, directed fact between two actors ("iran backs nujaba").
struct relation {
  actor_index from = no_index;
  actor_index to = no_index;
  relation_type_id type = 0;
  double weight = 1.0;  ///< in (0, 1]; the type's default when not given
  std::optional<date> since;
  std::optional<date> until;
  std::string qualifier;  ///< the scenario's `as:`, e.g. "terrorist-organisation" for designates
  provenance prov;
  /// The opponent the fact is directed against (for `backs`: the actor the
  /// backing is given against), or no_index when not known. Experimental.
  actor_index against = no_index;
  /// The conflict the fact belongs to: a dataset's id ("ucdp:327" for a UCDP
  /// conflict id) or a label; empty when not known. Experimental.
  std::string conflict;

  friend bool operator==(const relation&, const relation&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& from& to& type& weight& since& until& qualifier& prov& against& conflict;
  }
};

/// Where an incident happened.
struct place {
  std::string name;
  std::string country;  ///< ISO 3166-1 alpha-2, or empty
  std::optional<double> lat;
  std::optional<double> lon;

  friend bool operator==(const place&, const place&) = default;
};

/// How an event dataset (GDELT, ACLED, UCDP) coded an incident; empty
/// (`dataset` empty) for hand-written incidents. Experimental.
struct event_coding {
  std::string dataset;     ///< "gdelt", "acled", "ucdp-ged"; empty: not imported
  std::string event_type;  ///< the dataset's own label, e.g. "Battles / Armed clash"
  /// What the coding tables say the event means for the tie between its two
  /// sides (docs/event-data.md); nullopt: the role rules decide.
  std::optional<polarity> stance;
  std::uint8_t quad_class = 0;  ///< GDELT QuadClass 1-4; 0: none
  std::uint32_t mentions = 0;   ///< GDELT NumMentions
  std::uint32_t reports = 0;    ///< GDELT NumSources
  std::uint32_t articles = 0;   ///< GDELT NumArticles
  /// GDELT IsRootEvent: whether the event was found in the lead paragraphs
  /// of a document (GDELT's own cue that it is the story, not a side
  /// mention); nullopt: the dataset does not say.
  std::optional<bool> root_event;
  std::optional<double> tone;               ///< GDELT AvgTone
  std::optional<std::int64_t> deaths_low;   ///< UCDP low estimate
  std::optional<std::int64_t> deaths_high;  ///< UCDP high estimate
  std::string precision;                    ///< the dataset's precision of date and place, as text
  std::string interaction;                  ///< ACLED interaction code, e.g. "13"
  std::string source_text;                  ///< the row's source: GDELT SOURCEURL, ACLED `source`, UCDP source_article
  std::uint64_t row = 0;                    ///< line of the input file the event starts on (1-based); 0: none

  friend bool operator==(const event_coding&, const event_coding&) = default;
};

/// A dated event: a strike, a bombing, an assassination, a statement...
/// (Snapshots store incidents, their place and coding, and role edges as
/// records of their own, graph/src/snapshot_records.cpp: a field added here
/// is added there too, and the snapshot format version changes.)
struct incident {
  std::string id;
  std::string name;  ///< short title; the id when not given
  date when;
  std::optional<date> until;  ///< for campaigns that last
  std::string type;           ///< e.g. airstrike, bombing, assassination, statement
  struct place where;
  std::optional<std::int64_t> fatalities;  ///< nullopt: unknown
  std::optional<std::int64_t> injured;     ///< nullopt: unknown
  std::string description;
  provenance prov;
  /// Rung on the escalation ladder (ladder.hpp) set by the scenario; nullopt:
  /// escalation analysis assigns one. Experimental.
  std::optional<std::uint8_t> rung;
  std::string cameo;                ///< CAMEO event code ("190", "1823"), or empty. Experimental.
  std::optional<double> goldstein;  ///< Goldstein scale value in [-10, 10]. Experimental.
  event_coding coding;              ///< how an event dataset coded it. Experimental.

  friend bool operator==(const incident&, const incident&) = default;
};

/// The part an actor plays in an incident.
enum class role : std::uint8_t { perpetrator, target, victim, claimed_by, attributed_to, condemned_by };

inline constexpr role all_roles[] = {role::perpetrator, role::target,        role::victim,
                                     role::claimed_by,  role::attributed_to, role::condemned_by};

[[nodiscard]] std::string_view to_string(role r) noexcept;
[[nodiscard]] std::optional<role> parse_role(std::string_view text) noexcept;
/// Whether a role reads from the actor to the incident ("X carried out I",
/// "X claimed I", "X condemned I") rather than from the incident to the actor
/// ("I targeted X", "I killed X", "I is attributed to X"): the direction every
/// drawing and export gives a role edge.
[[nodiscard]] bool actor_acts(role r) noexcept;

/// An edge between an incident and an actor.
struct role_edge {
  incident_index incident = no_index;
  actor_index actor = no_index;
  enum role kind = role::perpetrator;
  actor_index attributed_by = no_index;  ///< for attributed_to: who attributes it, or no_index
  provenance prov;

  friend bool operator==(const role_edge&, const role_edge&) = default;
};

/// How one incident relates to another.
enum class link_kind : std::uint8_t { responds_to, part_of };

[[nodiscard]] std::string_view to_string(link_kind k) noexcept;

/// `from responds_to to` (explicit retaliation) or `from part_of to` (a campaign).
struct incident_link {
  incident_index from = no_index;
  incident_index to = no_index;
  link_kind kind = link_kind::responds_to;
  provenance prov;

  friend bool operator==(const incident_link&, const incident_link&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& from& to& kind& prov;
  }
};

/// What a loaded scenario file says about itself.
struct scenario_info {
  std::string id;
  std::string title;
  std::string description;
  std::optional<date> as_of;

  friend bool operator==(const scenario_info&, const scenario_info&) = default;
  template <class Archive>
  void serialize(Archive& ar, unsigned) {
    ar& id& title& description& as_of;
  }
};

/// The whole content of a graph, without indexes.
struct graph_data {
  std::vector<scenario_info> scenarios;
  vocabulary relation_types = vocabulary::builtin();
  std::vector<source> sources;
  std::vector<actor> actors;
  std::vector<incident> incidents;
  std::vector<relation> relations;
  std::vector<role_edge> roles;
  std::vector<incident_link> links;

  friend bool operator==(const graph_data&, const graph_data&) = default;
};

}  // namespace faultline
