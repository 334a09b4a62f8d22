// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Coding tables of event data, as data: CAMEO event codes (with their
/// Goldstein value and QuadClass), CAMEO actor types and regions, countries
/// (ISO 3166-1 alpha-3 = CAMEO country code, alpha-2, FIPS 10-4 as in GDELT's
/// geography, ISO numeric as in ACLED's `iso` column), ACLED event types,
/// sub-event types and actor (inter) codes, UCDP's type of violence and the
/// UCDP External Support Dataset's support types. Each code is mapped onto
/// faultline's vocabulary: an incident type (the names of the escalation
/// table, faultline/algorithms/escalation.hpp `rung_of_type`), a polarity and
/// a rung of the escalation ladder (faultline/graph/ladder.hpp). The mapping
/// rules and their sources are in docs/event-data.md, "Coding tables".
///
/// Every table is a static array sorted by its key; lookups are binary
/// searches, allocate nothing and never throw. Returned pointers point into
/// the static tables and stay valid for the life of the program.

#include <cstdint>
#include <span>
#include <string_view>

#include <faultline/graph/model.hpp>
#include <faultline/graph/vocabulary.hpp>

namespace faultline::coding {

// ---------------------------------------------------------------------------
// CAMEO events

/// QuadClass, as GDELT numbers and assigns it (by root code: 01-05 → 1, 06-09 → 2,
/// 10-14 → 3, 15-20 → 4; read off GDELT's own event files).
enum : std::uint8_t {
  verbal_cooperation = 1,
  material_cooperation = 2,
  verbal_conflict = 3,
  material_conflict = 4,
};

/// "verbal cooperation", "material cooperation", "verbal conflict",
/// "material conflict"; empty for anything else.
[[nodiscard]] std::string_view quad_class_name(std::uint8_t quad_class) noexcept;

/// One CAMEO event code (all 311 of GDELT's lookup: the 20 root codes "01".."20"
/// and their 3- and 4-digit codes).
struct cameo_event {
  std::string_view code;  ///< "190", "0231", "14"
  std::string_view
      label;         ///< "Use conventional military force, not specified below" (root codes in capitals, as in CAMEO)
  double goldstein;  ///< Goldstein value, -10..10 (GDELT's CAMEO.goldsteinscale.txt)
  std::uint8_t quad_class;         ///< 1..4, by root code as GDELT does
  std::string_view incident_type;  ///< faultline incident type, e.g. "statement", "threat", "airstrike", "aid"
  polarity stance;                 ///< what the event says about the tie from Actor1 to Actor2
  std::uint8_t rung;  ///< escalation rung 1..10; 0 when the code is not on the ladder (cooperation, neutral acts)
};

/// The event with exactly this code; nullptr if unknown. The code is a string:
/// "010" is not "10".
[[nodiscard]] const cameo_event* find_cameo_event(std::string_view code) noexcept;
/// The event with this code, else its nearest known parent: "1829" → "182",
/// "199" → "19". nullptr when not even the root code is known.
[[nodiscard]] const cameo_event* find_cameo_event_or_parent(std::string_view code) noexcept;
/// All events, sorted by code.
[[nodiscard]] std::span<const cameo_event> cameo_events() noexcept;

// ---------------------------------------------------------------------------
// CAMEO actors

/// A CAMEO actor role/type code (the 3-letter elements after the country code,
/// "IRQMIL" → "MIL"), and the faultline actor category it suggests.
struct cameo_actor_type {
  std::string_view code;      ///< "MIL"
  std::string_view label;     ///< "Military"
  std::string_view category;  ///< faultline actor category: "armed-force"
  bool state_actor;           ///< part of a state's apparatus (GOV, MIL, COP, SPY, JUD, LEG, UIS)
  bool armed;                 ///< an armed actor (MIL, COP, REB, INS, SEP, UAF, IMG, PKO, SPY)
};
/// The type with this code (upper case, exact); nullptr if unknown.
[[nodiscard]] const cameo_actor_type* find_cameo_actor_type(std::string_view code) noexcept;
[[nodiscard]] std::span<const cameo_actor_type> cameo_actor_types() noexcept;

/// A CAMEO regional code, used in place of a country ("MEA" Middle East).
struct cameo_region {
  std::string_view code;
  std::string_view label;
};
[[nodiscard]] const cameo_region* find_cameo_region(std::string_view code) noexcept;
[[nodiscard]] std::span<const cameo_region> cameo_regions() noexcept;

// ---------------------------------------------------------------------------
// Countries

/// A country or territory of ISO 3166-1 (249 of them), plus Kosovo (XKX/XK,
/// numeric 0 as it has none).
struct country {
  std::string_view alpha3;  ///< ISO 3166-1 alpha-3, which CAMEO uses as its country code: "IRQ"
  std::string_view alpha2;  ///< ISO 3166-1 alpha-2: "IQ"
  std::string_view fips;    ///< FIPS 10-4, as in GDELT's *Geo_CountryCode: "IZ"; empty if none
  std::uint16_t numeric;    ///< ISO 3166-1 numeric, as in ACLED's `iso`: 368; 0 if none
  std::string_view name;    ///< English short name: "Iraq"
};

/// By ISO alpha-3 (exact, upper case).
[[nodiscard]] const country* find_country_alpha3(std::string_view code) noexcept;
/// By a CAMEO country code: the alpha-3 code, or a legacy code CAMEO
/// dictionaries may still use (ROM Romania, ZAR DR Congo, TMP Timor-Leste, KSV Kosovo).
[[nodiscard]] const country* find_country_cameo(std::string_view code) noexcept;
/// By ISO alpha-2 (exact, upper case).
[[nodiscard]] const country* find_country_alpha2(std::string_view code) noexcept;
/// By FIPS 10-4 (exact, upper case). Also takes the FIPS codes of parts of an
/// ISO entry: GZ Gaza Strip → Palestine, JN Jan Mayen → Svalbard and Jan
/// Mayen, the US minor islands (FQ, HQ, DQ, JQ, KQ, MQ, BQ, LQ, WQ) → UMI.
[[nodiscard]] const country* find_country_fips(std::string_view code) noexcept;
/// By ISO numeric; nullptr for 0 and unknown numbers.
[[nodiscard]] const country* find_country_numeric(std::uint16_t numeric) noexcept;
/// By English name, ASCII case-insensitive, exact otherwise: the short name
/// or a common variant as ACLED, UCDP, GDELT or ISO write it ("Syria",
/// "Syrian Arab Republic", "Russia (Soviet Union)", "Democratic Republic of
/// Congo", "DR Congo (Zaire)", "Ivory Coast", "Myanmar (Burma)", ...).
[[nodiscard]] const country* find_country_name(std::string_view name) noexcept;
/// All countries, sorted by alpha-3.
[[nodiscard]] std::span<const country> countries() noexcept;

/// A variant name of a country (the table behind find_country_name besides the short names).
struct country_name_variant {
  std::string_view name;    ///< "Syrian Arab Republic"
  std::string_view alpha3;  ///< "SYR"
};
[[nodiscard]] std::span<const country_name_variant> country_name_variants() noexcept;

// ---------------------------------------------------------------------------
// ACLED

/// An ACLED event type and sub-event type. Each event type also has a generic
/// row with an empty sub_event_type.
struct acled_event {
  std::string_view event_type;      ///< "Explosions/Remote violence"
  std::string_view sub_event_type;  ///< "Air/drone strike"; empty for the event type's generic row
  std::string_view incident_type;   ///< "airstrike"
  polarity stance;                  ///< what the event says about the tie from actor1 to actor2
  std::uint8_t rung;                ///< escalation rung 1..10; 0 when not on the ladder
  std::uint8_t quad_class_like;     ///< the CAMEO QuadClass of the nearest CAMEO codes; 0 when none fits
};
/// The row of this event type and sub-event type (ASCII case-insensitive).
/// Falls back to the event type's generic row when the sub-event type is
/// unknown or empty. Pre-2019 event types ("Battle-No change of territory",
/// "Remote violence", "Riots/Protests", "Strategic development", ...) are read
/// as their current equivalents. nullptr when the event type is unknown.
[[nodiscard]] const acled_event* find_acled_event(std::string_view event_type,
                                                  std::string_view sub_event_type = {}) noexcept;
[[nodiscard]] std::span<const acled_event> acled_events() noexcept;

/// An ACLED actor type ("inter" code): 0 none (the event has no second actor),
/// 1 state forces ... 8 external/other forces.
struct acled_inter {
  std::uint8_t code;
  std::string_view label;      ///< as in the codebook: "State forces"
  std::string_view api_label;  ///< as the current API writes inter1/inter2: "State forces", "Rebel group"
  node_kind kind;              ///< state for state forces, group otherwise
  std::string_view category;   ///< faultline actor category: "armed-force", "rebel-group", "militia", ...
};
[[nodiscard]] const acled_inter* find_acled_inter(std::uint8_t code) noexcept;
/// By label or API label, ASCII case-insensitive ("Rebel groups", "Rebel group").
[[nodiscard]] const acled_inter* find_acled_inter_label(std::string_view label) noexcept;
[[nodiscard]] std::span<const acled_inter> acled_inters() noexcept;

/// An ACLED `interaction` code split into its two inter codes: 12 → {1, 2},
/// 10 → {1, 0} (sole state forces). valid is false for any other number.
struct acled_interaction {
  std::uint8_t first = 0;
  std::uint8_t second = 0;
  bool valid = false;
};
[[nodiscard]] acled_interaction split_acled_interaction(unsigned code) noexcept;

// ---------------------------------------------------------------------------
// UCDP

/// UCDP GED's type_of_violence.
struct ucdp_violence {
  std::uint8_t code;               ///< 1 state-based, 2 non-state, 3 one-sided
  std::string_view label;          ///< "State-based conflict"
  std::string_view incident_type;  ///< "battle", "armed-clash", "attack"
  std::uint8_t rung;               ///< base rung; GED events have deaths, which raise it in escalation analysis
};
[[nodiscard]] const ucdp_violence* find_ucdp_violence(std::uint8_t code) noexcept;
[[nodiscard]] std::span<const ucdp_violence> ucdp_violence_types() noexcept;

/// A support type of the UCDP External Support Dataset (the one-letter infix of
/// its ext_* columns: ext_x, ext_x_s, ext_x_ns, ext_x_count...).
struct esd_support_type {
  char code;                ///< 'x', 'p', 'y', 'w', 'm', 't', 'f', 'i', 'l', 'o', 'u' (lower case, as in the columns)
  std::string_view column;  ///< "ext_x"
  std::string_view label;   ///< "Troops as secondary warring party"
  bool military;            ///< military support (the ladder's rung 4 "military support"), not funding or other
};
/// By letter, either case; nullptr if unknown.
[[nodiscard]] const esd_support_type* find_esd_support_type(char code) noexcept;
[[nodiscard]] std::span<const esd_support_type> esd_support_types() noexcept;

}  // namespace faultline::coding
