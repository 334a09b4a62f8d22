// SPDX-License-Identifier: Apache-2.0
// The coding tables of faultline/graph/coding.hpp. Mapping rules and sources:
// docs/event-data.md, "Coding tables". Each table is sorted by its key (checked
// at compile time below): lookups are binary searches, or for the short codes
// read on every imported row, one load from a table built at compile time.
#include <faultline/graph/coding.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <type_traits>

namespace faultline::coding {

namespace {

// ---------------------------------------------------------------------------
// Comparison

constexpr unsigned char lower(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u - 'A' + 'a') : u;
}

// ASCII case-insensitive three-way comparison; other bytes compare as unsigned.
constexpr int compare_ci(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = lower(a[i]);
    const unsigned char y = lower(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

struct less_ci {
  constexpr bool operator()(std::string_view a, std::string_view b) const noexcept { return compare_ci(a, b) < 0; }
};

// Orders as std::less<> does, faster on the short codes lookups are made
// with (CAMEO, ISO, FIPS: 2 to 4 bytes): strings of up to 8 bytes compare
// as big-endian integers, zero-padded (a prefix sorts first, as no code
// holds a NUL byte), instead of through a memcmp call each.
struct less_code {
  static constexpr std::uint64_t pack(std::string_view s) noexcept {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
      v = (v << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
    return v;
  }
  constexpr bool operator()(std::string_view a, std::string_view b) const noexcept {
    if (a.size() <= 8 && b.size() <= 8) return pack(a) < pack(b);
    return a < b;
  }
  template <class A, class B>
  requires(!std::is_convertible_v<const A&, std::string_view> ||
           !std::is_convertible_v<const B&, std::string_view>) constexpr bool
  operator()(const A& a, const B& b) const noexcept {
    return std::less<>{}(a, b);
  }
};

// True when the keys of `table` are strictly increasing under `less`.
template <class Table, class Proj, class Less = std::less<>>
constexpr bool strictly_sorted(const Table& table, Proj proj, Less less = {}) {
  for (std::size_t i = 1; i < table.size(); ++i)
    if (!less(std::invoke(proj, table[i - 1]), std::invoke(proj, table[i]))) return false;
  return true;
}

// The row whose key equals `key`, or nullptr.
template <class Table, class Key, class Proj, class Less = less_code>
const typename Table::value_type* find_sorted(const Table& table, const Key& key, Proj proj, Less less = {}) noexcept {
  const auto it = std::ranges::lower_bound(table, key, less, proj);
  if (it == table.end() || less(key, std::invoke(proj, *it))) return nullptr;
  return &*it;
}

constexpr polarity F = polarity::friendly;
constexpr polarity H = polarity::hostile;
constexpr polarity N = polarity::neutral;

// ---------------------------------------------------------------------------
// CAMEO event codes: GDELT's CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt
// (CAMEO 1.1b3), labels with whitespace trimmed and the glitches of those files
// mended (044, 1056/106, the typos of 033 and 2041). Incident type, polarity and
// rung: docs/event-data.md. Sorted by code as strings.
// clang-format off
constexpr auto cameo_table = std::to_array<cameo_event>({
    {"01", "MAKE PUBLIC STATEMENT", 0.0, 1, "statement", polarity::neutral, 0},
    {"010", "Make statement, not specified below", 0.0, 1, "statement", polarity::neutral, 0},
    {"011", "Decline comment", -0.1, 1, "statement", polarity::neutral, 0},
    {"012", "Make pessimistic comment", -0.4, 1, "statement", polarity::neutral, 0},
    {"013", "Make optimistic comment", 0.4, 1, "statement", polarity::neutral, 0},
    {"014", "Consider policy option", 0.0, 1, "statement", polarity::neutral, 0},
    {"015", "Acknowledge or claim responsibility", 0.0, 1, "claim-of-responsibility", polarity::neutral, 0},
    {"016", "Deny responsibility", -2.0, 1, "denial", polarity::neutral, 0},
    {"017", "Engage in symbolic act", 0.0, 1, "symbolic-act", polarity::neutral, 0},
    {"018", "Make empathetic comment", 3.4, 1, "statement", polarity::friendly, 0},
    {"019", "Express accord", 3.4, 1, "statement", polarity::friendly, 0},
    {"02", "APPEAL", 3.0, 1, "appeal", polarity::friendly, 0},
    {"020", "Appeal, not specified below", 3.0, 1, "appeal", polarity::friendly, 0},
    {"021", "Appeal for material cooperation, not specified below", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0211", "Appeal for economic cooperation", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0212", "Appeal for military cooperation", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0213", "Appeal for judicial cooperation", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0214", "Appeal for intelligence", 3.4, 1, "appeal", polarity::friendly, 0},
    {"022", "Appeal for diplomatic cooperation, such as policy support", 3.2, 1, "appeal", polarity::friendly, 0},
    {"023", "Appeal for aid, not specified below", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0231", "Appeal for economic aid", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0232", "Appeal for military aid", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0233", "Appeal for humanitarian aid", 3.4, 1, "appeal", polarity::friendly, 0},
    {"0234", "Appeal for military protection or peacekeeping", 3.4, 1, "appeal", polarity::friendly, 0},
    {"024", "Appeal for political reform, not specified below", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0241", "Appeal for change in leadership", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0242", "Appeal for policy change", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0243", "Appeal for rights", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0244", "Appeal for change in institutions, regime", -0.3, 1, "appeal", polarity::neutral, 0},
    {"025", "Appeal to yield", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0251", "Appeal for easing of administrative sanctions", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0252", "Appeal for easing of popular dissent", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0253", "Appeal for release of persons or property", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0254", "Appeal for easing of economic sanctions, boycott, or embargo", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0255", "Appeal for target to allow international involvement (non-mediation)", -0.3, 1, "appeal", polarity::neutral, 0},
    {"0256", "Appeal for de-escalation of military engagement", -0.3, 1, "appeal", polarity::neutral, 0},
    {"026", "Appeal to others to meet or negotiate", 4.0, 1, "appeal", polarity::friendly, 0},
    {"027", "Appeal to others to settle dispute", 4.0, 1, "appeal", polarity::friendly, 0},
    {"028", "Appeal to others to engage in or accept mediation", 4.0, 1, "appeal", polarity::friendly, 0},
    {"03", "EXPRESS INTENT TO COOPERATE", 4.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"030", "Express intent to cooperate, not specified below", 4.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"031", "Express intent to engage in material cooperation, not specified below", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0311", "Express intent to cooperate economically", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0312", "Express intent to cooperate militarily", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0313", "Express intent to cooperate on judicial matters", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0314", "Express intent to cooperate on intelligence", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"032", "Express intent to provide diplomatic cooperation such as policy support", 4.5, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"033", "Express intent to provide material aid, not specified below", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0331", "Express intent to provide economic aid", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0332", "Express intent to provide military aid", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0333", "Express intent to provide humanitarian aid", 5.2, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0334", "Express intent to provide military protection or peacekeeping", 6.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"034", "Express intent to institute political reform, not specified below", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0341", "Express intent to change leadership", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0342", "Express intent to change policy", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0343", "Express intent to provide rights", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0344", "Express intent to change institutions, regime", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"035", "Express intent to yield, not specified below", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0351", "Express intent to ease administrative sanctions", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0352", "Express intent to ease popular dissent", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0353", "Express intent to release persons or property", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0354", "Express intent to ease economic sanctions, boycott, or embargo", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0355", "Express intent allow international involvement (not mediation)", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"0356", "Express intent to de-escalate military engagement", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"036", "Express intent to meet or negotiate", 4.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"037", "Express intent to settle dispute", 5.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"038", "Express intent to accept mediation", 7.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"039", "Express intent to mediate", 5.0, 1, "intent-to-cooperate", polarity::friendly, 0},
    {"04", "CONSULT", 1.0, 1, "consultation", polarity::neutral, 0},
    {"040", "Consult, not specified below", 1.0, 1, "consultation", polarity::neutral, 0},
    {"041", "Discuss by telephone", 1.0, 1, "consultation", polarity::neutral, 0},
    {"042", "Make a visit", 1.9, 1, "visit", polarity::friendly, 0},
    {"043", "Host a visit", 2.8, 1, "visit", polarity::friendly, 0},
    {"044", "Meet at a 'third' location", 2.5, 1, "meeting", polarity::neutral, 0},
    {"045", "Mediate", 5.0, 1, "mediation", polarity::neutral, 0},
    {"046", "Engage in negotiation", 7.0, 1, "negotiation", polarity::neutral, 0},
    {"05", "ENGAGE IN DIPLOMATIC COOPERATION", 3.5, 1, "diplomatic-cooperation", polarity::friendly, 0},
    {"050", "Engage in diplomatic cooperation, not specified below", 3.5, 1, "diplomatic-cooperation", polarity::friendly, 0},
    {"051", "Praise or endorse", 3.4, 1, "praise", polarity::friendly, 0},
    {"052", "Defend verbally", 3.5, 1, "verbal-support", polarity::friendly, 0},
    {"053", "Rally support on behalf of", 3.8, 1, "verbal-support", polarity::friendly, 0},
    {"054", "Grant diplomatic recognition", 6.0, 1, "recognition", polarity::friendly, 0},
    {"055", "Apologize", 7.0, 1, "apology", polarity::friendly, 0},
    {"056", "Forgive", 7.0, 1, "forgiveness", polarity::friendly, 0},
    {"057", "Sign formal agreement", 8.0, 1, "agreement", polarity::friendly, 0},
    {"06", "ENGAGE IN MATERIAL COOPERATION", 6.0, 2, "cooperation", polarity::friendly, 0},
    {"060", "Engage in material cooperation, not specified below", 6.0, 2, "cooperation", polarity::friendly, 0},
    {"061", "Cooperate economically", 6.4, 2, "economic-cooperation", polarity::friendly, 0},
    {"062", "Cooperate militarily", 7.4, 2, "military-support", polarity::friendly, 4},
    {"063", "Engage in judicial cooperation", 7.4, 2, "judicial-cooperation", polarity::friendly, 0},
    {"064", "Share intelligence or information", 7.0, 2, "intelligence-sharing", polarity::friendly, 0},
    {"07", "PROVIDE AID", 7.0, 2, "aid", polarity::friendly, 0},
    {"070", "Provide aid, not specified below", 7.0, 2, "aid", polarity::friendly, 0},
    {"071", "Provide economic aid", 7.4, 2, "economic-aid", polarity::friendly, 0},
    {"072", "Provide military aid", 8.3, 2, "military-aid", polarity::friendly, 4},
    {"073", "Provide humanitarian aid", 7.4, 2, "humanitarian-aid", polarity::friendly, 0},
    {"074", "Provide military protection or peacekeeping", 8.5, 2, "military-support", polarity::friendly, 4},
    {"075", "Grant asylum", 7.0, 2, "asylum", polarity::friendly, 0},
    {"08", "YIELD", 5.0, 2, "concession", polarity::friendly, 0},
    {"080", "Yield, not specified below", 5.0, 2, "concession", polarity::friendly, 0},
    {"081", "Ease administrative sanctions, not specified below", 5.0, 2, "concession", polarity::friendly, 0},
    {"0811", "Ease restrictions on political freedoms", 5.0, 2, "concession", polarity::friendly, 0},
    {"0812", "Ease ban on political parties or politicians", 5.0, 2, "concession", polarity::friendly, 0},
    {"0813", "Ease curfew", 5.0, 2, "concession", polarity::friendly, 0},
    {"0814", "Ease state of emergency or martial law", 5.0, 2, "concession", polarity::friendly, 0},
    {"082", "Ease political dissent", 5.0, 2, "concession", polarity::friendly, 0},
    {"083", "Accede to requests or demands for political reform not specified below", 5.0, 2, "concession", polarity::friendly, 0},
    {"0831", "Accede to demands for change in leadership", 5.0, 2, "concession", polarity::friendly, 0},
    {"0832", "Accede to demands for change in policy", 5.0, 2, "concession", polarity::friendly, 0},
    {"0833", "Accede to demands for rights", 5.0, 2, "concession", polarity::friendly, 0},
    {"0834", "Accede to demands for change in institutions, regime", 5.0, 2, "concession", polarity::friendly, 0},
    {"084", "Return, release, not specified below", 7.0, 2, "release", polarity::friendly, 0},
    {"0841", "Return, release person(s)", 7.0, 2, "release", polarity::friendly, 0},
    {"0842", "Return, release property", 7.0, 2, "release", polarity::friendly, 0},
    {"085", "Ease economic sanctions, boycott, embargo", 7.0, 2, "sanctions-relief", polarity::friendly, 0},
    {"086", "Allow international involvement not specified below", 9.0, 2, "concession", polarity::friendly, 0},
    {"0861", "Receive deployment of peacekeepers", 9.0, 2, "concession", polarity::friendly, 0},
    {"0862", "Receive inspectors", 9.0, 2, "concession", polarity::friendly, 0},
    {"0863", "Allow delivery of humanitarian aid", 9.0, 2, "concession", polarity::friendly, 0},
    {"087", "De-escalate military engagement", 9.0, 2, "de-escalation", polarity::friendly, 0},
    {"0871", "Declare truce, ceasefire", 9.0, 2, "ceasefire", polarity::friendly, 0},
    {"0872", "Ease military blockade", 9.0, 2, "de-escalation", polarity::friendly, 0},
    {"0873", "Demobilize armed forces", 9.0, 2, "demobilization", polarity::friendly, 0},
    {"0874", "Retreat or surrender militarily", 10.0, 2, "retreat", polarity::friendly, 0},
    {"09", "INVESTIGATE", -2.0, 2, "investigation", polarity::neutral, 0},
    {"090", "Investigate, not specified below", -2.0, 2, "investigation", polarity::neutral, 0},
    {"091", "Investigate crime, corruption", -2.0, 2, "investigation", polarity::neutral, 0},
    {"092", "Investigate human rights abuses", -2.0, 2, "investigation", polarity::neutral, 0},
    {"093", "Investigate military action", -2.0, 2, "investigation", polarity::neutral, 0},
    {"094", "Investigate war crimes", -2.0, 2, "investigation", polarity::neutral, 0},
    {"10", "DEMAND", -5.0, 3, "demand", polarity::hostile, 1},
    {"100", "Demand, not specified below", -5.0, 3, "demand", polarity::hostile, 1},
    {"101", "Demand information, investigation", -5.0, 3, "demand", polarity::hostile, 1},
    {"1011", "Demand economic cooperation", -5.0, 3, "demand", polarity::hostile, 1},
    {"1012", "Demand military cooperation", -5.0, 3, "demand", polarity::hostile, 1},
    {"1013", "Demand judicial cooperation", -5.0, 3, "demand", polarity::hostile, 1},
    {"1014", "Demand intelligence cooperation", -5.0, 3, "demand", polarity::hostile, 1},
    {"102", "Demand policy support", -5.0, 3, "demand", polarity::hostile, 1},
    {"103", "Demand aid, protection, or peacekeeping", -5.0, 3, "demand", polarity::hostile, 1},
    {"1031", "Demand economic aid", -5.0, 3, "demand", polarity::hostile, 1},
    {"1032", "Demand military aid", -5.0, 3, "demand", polarity::hostile, 1},
    {"1033", "Demand humanitarian aid", -5.0, 3, "demand", polarity::hostile, 1},
    {"1034", "Demand military protection or peacekeeping", -5.0, 3, "demand", polarity::hostile, 1},
    {"104", "Demand political reform, not specified below", -5.0, 3, "demand", polarity::hostile, 1},
    {"1041", "Demand change in leadership", -5.0, 3, "demand", polarity::hostile, 1},
    {"1042", "Demand policy change", -5.0, 3, "demand", polarity::hostile, 1},
    {"1043", "Demand rights", -5.0, 3, "demand", polarity::hostile, 1},
    {"1044", "Demand change in institutions, regime", -5.0, 3, "demand", polarity::hostile, 1},
    {"105", "Demand mediation", -5.0, 3, "demand", polarity::hostile, 1},
    {"1051", "Demand easing of administrative sanctions", -5.0, 3, "demand", polarity::hostile, 1},
    {"1052", "Demand easing of political dissent", -5.0, 3, "demand", polarity::hostile, 1},
    {"1053", "Demand release of persons or property", -5.0, 3, "demand", polarity::hostile, 1},
    {"1054", "Demand easing of economic sanctions, boycott, or embargo", -5.0, 3, "demand", polarity::hostile, 1},
    {"1055", "Demand that target allows international involvement (non-mediation)", -5.0, 3, "demand", polarity::hostile, 1},
    {"1056", "Demand de-escalation of military engagement", -5.0, 3, "demand", polarity::hostile, 1},
    {"106", "Demand withdrawal", -5.0, 3, "demand", polarity::hostile, 1},
    {"107", "Demand ceasefire", -5.0, 3, "demand", polarity::hostile, 1},
    {"108", "Demand meeting, negotiation", -5.0, 3, "demand", polarity::hostile, 1},
    {"11", "DISAPPROVE", -2.0, 3, "criticism", polarity::hostile, 1},
    {"110", "Disapprove, not specified below", -2.0, 3, "criticism", polarity::hostile, 1},
    {"111", "Criticize or denounce", -2.0, 3, "condemnation", polarity::hostile, 1},
    {"112", "Accuse, not specified below", -2.0, 3, "accusation", polarity::hostile, 1},
    {"1121", "Accuse of crime, corruption", -2.0, 3, "accusation", polarity::hostile, 1},
    {"1122", "Accuse of human rights abuses", -2.0, 3, "accusation", polarity::hostile, 1},
    {"1123", "Accuse of aggression", -2.0, 3, "accusation", polarity::hostile, 1},
    {"1124", "Accuse of war crimes", -2.0, 3, "accusation", polarity::hostile, 1},
    {"1125", "Accuse of espionage, treason", -2.0, 3, "accusation", polarity::hostile, 1},
    {"113", "Rally opposition against", -2.0, 3, "criticism", polarity::hostile, 1},
    {"114", "Complain officially", -2.0, 3, "criticism", polarity::hostile, 1},
    {"115", "Bring lawsuit against", -2.0, 3, "accusation", polarity::hostile, 1},
    {"116", "Find guilty or liable (legally)", -2.0, 3, "condemnation", polarity::hostile, 1},
    {"12", "REJECT", -4.0, 3, "rejection", polarity::hostile, 1},
    {"120", "Reject, not specified below", -4.0, 3, "rejection", polarity::hostile, 1},
    {"121", "Reject material cooperation", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1211", "Reject economic cooperation", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1212", "Reject military cooperation", -4.0, 3, "rejection", polarity::hostile, 1},
    {"122", "Reject request or demand for material aid, not specified below", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1221", "Reject request for economic aid", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1222", "Reject request for military aid", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1223", "Reject request for humanitarian aid", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1224", "Reject request for military protection or peacekeeping", -4.0, 3, "rejection", polarity::hostile, 1},
    {"123", "Reject request or demand for political reform, not specified below", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1231", "Reject request for change in leadership", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1232", "Reject request for policy change", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1233", "Reject request for rights", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1234", "Reject request for change in institutions, regime", -4.0, 3, "rejection", polarity::hostile, 1},
    {"124", "Refuse to yield, not specified below", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1241", "Refuse to ease administrative sanctions", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1242", "Refuse to ease popular dissent", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1243", "Refuse to release persons or property", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1244", "Refuse to ease economic sanctions, boycott, or embargo", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1245", "Refuse to allow international involvement (non mediation)", -4.0, 3, "rejection", polarity::hostile, 1},
    {"1246", "Refuse to de-escalate military engagement", -4.0, 3, "rejection", polarity::hostile, 1},
    {"125", "Reject proposal to meet, discuss, or negotiate", -5.0, 3, "rejection", polarity::hostile, 1},
    {"126", "Reject mediation", -5.0, 3, "rejection", polarity::hostile, 1},
    {"127", "Reject plan, agreement to settle dispute", -5.0, 3, "rejection", polarity::hostile, 1},
    {"128", "Defy norms, law", -5.0, 3, "rejection", polarity::hostile, 1},
    {"129", "Veto", -5.0, 3, "rejection", polarity::hostile, 1},
    {"13", "THREATEN", -6.0, 3, "threat", polarity::hostile, 2},
    {"130", "Threaten, not specified below", -4.4, 3, "threat", polarity::hostile, 2},
    {"131", "Threaten non-force, not specified below", -5.8, 3, "threat", polarity::hostile, 2},
    {"1311", "Threaten to reduce or stop aid", -5.8, 3, "threat", polarity::hostile, 2},
    {"1312", "Threaten to boycott, embargo, or sanction", -5.8, 3, "threat", polarity::hostile, 2},
    {"1313", "Threaten to reduce or break relations", -5.8, 3, "threat", polarity::hostile, 2},
    {"132", "Threaten with administrative sanctions, not specified below", -5.8, 3, "threat", polarity::hostile, 2},
    {"1321", "Threaten to impose restrictions on political freedoms", -5.8, 3, "threat", polarity::hostile, 2},
    {"1322", "Threaten to ban political parties or politicians", -5.8, 3, "threat", polarity::hostile, 2},
    {"1323", "Threaten to impose curfew", -5.8, 3, "threat", polarity::hostile, 2},
    {"1324", "Threaten to impose state of emergency or martial law", -5.8, 3, "threat", polarity::hostile, 2},
    {"133", "Threaten political dissent, protest", -5.8, 3, "threat", polarity::hostile, 2},
    {"134", "Threaten to halt negotiations", -5.8, 3, "threat", polarity::hostile, 2},
    {"135", "Threaten to halt mediation", -5.8, 3, "threat", polarity::hostile, 2},
    {"136", "Threaten to halt international involvement (non-mediation)", -7.0, 3, "threat", polarity::hostile, 2},
    {"137", "Threaten with violent repression", -7.0, 3, "threat", polarity::hostile, 2},
    {"138", "Threaten to use military force, not specified below", -7.0, 3, "threat", polarity::hostile, 2},
    {"1381", "Threaten blockade", -7.0, 3, "threat", polarity::hostile, 2},
    {"1382", "Threaten occupation", -7.0, 3, "threat", polarity::hostile, 2},
    {"1383", "Threaten unconventional violence", -7.0, 3, "threat", polarity::hostile, 2},
    {"1384", "Threaten conventional attack", -7.0, 3, "threat", polarity::hostile, 2},
    {"1385", "Threaten attack with WMD", -7.0, 3, "threat", polarity::hostile, 2},
    {"139", "Give ultimatum", -7.0, 3, "ultimatum", polarity::hostile, 2},
    {"14", "PROTEST", -6.5, 3, "protest", polarity::hostile, 1},
    {"140", "Engage in political dissent, not specified below", -6.5, 3, "protest", polarity::hostile, 1},
    {"141", "Demonstrate or rally", -6.5, 3, "demonstration", polarity::hostile, 1},
    {"1411", "Demonstrate for leadership change", -6.5, 3, "demonstration", polarity::hostile, 1},
    {"1412", "Demonstrate for policy change", -6.5, 3, "demonstration", polarity::hostile, 1},
    {"1413", "Demonstrate for rights", -6.5, 3, "demonstration", polarity::hostile, 1},
    {"1414", "Demonstrate for change in institutions, regime", -6.5, 3, "demonstration", polarity::hostile, 1},
    {"142", "Conduct hunger strike, not specified below", -6.5, 3, "protest", polarity::hostile, 1},
    {"1421", "Conduct hunger strike for leadership change", -6.5, 3, "protest", polarity::hostile, 1},
    {"1422", "Conduct hunger strike for policy change", -6.5, 3, "protest", polarity::hostile, 1},
    {"1423", "Conduct hunger strike for rights", -6.5, 3, "protest", polarity::hostile, 1},
    {"1424", "Conduct hunger strike for change in institutions, regime", -6.5, 3, "protest", polarity::hostile, 1},
    {"143", "Conduct strike or boycott, not specified below", -6.5, 3, "protest", polarity::hostile, 1},
    {"1431", "Conduct strike or boycott for leadership change", -6.5, 3, "protest", polarity::hostile, 1},
    {"1432", "Conduct strike or boycott for policy change", -6.5, 3, "protest", polarity::hostile, 1},
    {"1433", "Conduct strike or boycott for rights", -6.5, 3, "protest", polarity::hostile, 1},
    {"1434", "Conduct strike or boycott for change in institutions, regime", -6.5, 3, "protest", polarity::hostile, 1},
    {"144", "Obstruct passage, block", -7.5, 3, "protest", polarity::hostile, 1},
    {"1441", "Obstruct passage to demand leadership change", -7.5, 3, "protest", polarity::hostile, 1},
    {"1442", "Obstruct passage to demand policy change", -7.5, 3, "protest", polarity::hostile, 1},
    {"1443", "Obstruct passage to demand rights", -7.5, 3, "protest", polarity::hostile, 1},
    {"1444", "Obstruct passage to demand change in institutions, regime", -7.5, 3, "protest", polarity::hostile, 1},
    {"145", "Protest violently, riot", -7.5, 3, "clash", polarity::hostile, 5},
    {"1451", "Engage in violent protest for leadership change", -7.5, 3, "clash", polarity::hostile, 5},
    {"1452", "Engage in violent protest for policy change", -7.5, 3, "clash", polarity::hostile, 5},
    {"1453", "Engage in violent protest for rights", -7.5, 3, "clash", polarity::hostile, 5},
    {"1454", "Engage in violent protest for change in institutions, regime", -7.5, 3, "clash", polarity::hostile, 5},
    {"15", "EXHIBIT FORCE POSTURE", -7.2, 4, "show-of-force", polarity::hostile, 4},
    {"150", "Demonstrate military or police power, not specified below", -7.2, 4, "show-of-force", polarity::hostile, 4},
    {"151", "Increase police alert status", -7.2, 4, "show-of-force", polarity::hostile, 4},
    {"152", "Increase military alert status", -7.2, 4, "show-of-force", polarity::hostile, 4},
    {"153", "Mobilize or increase police power", -7.2, 4, "mobilization", polarity::hostile, 4},
    {"154", "Mobilize or increase armed forces", -7.2, 4, "mobilization", polarity::hostile, 4},
    {"16", "REDUCE RELATIONS", -4.0, 4, "severing-of-relations", polarity::hostile, 3},
    {"160", "Reduce relations, not specified below", -4.0, 4, "severing-of-relations", polarity::hostile, 3},
    {"161", "Reduce or break diplomatic relations", -4.0, 4, "severing-of-relations", polarity::hostile, 3},
    {"162", "Reduce or stop aid, not specified below", -5.6, 4, "sanction", polarity::hostile, 3},
    {"1621", "Reduce or stop economic assistance", -5.6, 4, "sanction", polarity::hostile, 3},
    {"1622", "Reduce or stop military assistance", -5.6, 4, "sanction", polarity::hostile, 3},
    {"1623", "Reduce or stop humanitarian assistance", -5.6, 4, "sanction", polarity::hostile, 3},
    {"163", "Impose embargo, boycott, or sanctions", -8.0, 4, "sanction", polarity::hostile, 3},
    {"164", "Halt negotiations", -7.0, 4, "severing-of-relations", polarity::hostile, 3},
    {"165", "Halt mediation", -6.5, 4, "severing-of-relations", polarity::hostile, 3},
    {"166", "Expel or withdraw, not specified below", -7.0, 4, "expulsion", polarity::hostile, 3},
    {"1661", "Expel or withdraw peacekeepers", -7.0, 4, "expulsion", polarity::hostile, 3},
    {"1662", "Expel or withdraw inspectors, observers", -7.0, 4, "expulsion", polarity::hostile, 3},
    {"1663", "Expel or withdraw aid agencies", -7.0, 4, "expulsion", polarity::hostile, 3},
    {"17", "COERCE", -7.0, 4, "harassment", polarity::hostile, 4},
    {"170", "Coerce, not specified below", -7.0, 4, "harassment", polarity::hostile, 4},
    {"171", "Seize or damage property, not specified below", -9.2, 4, "seizure", polarity::hostile, 4},
    {"1711", "Confiscate property", -9.2, 4, "seizure", polarity::hostile, 4},
    {"1712", "Destroy property", -9.2, 4, "attack", polarity::hostile, 5},
    {"172", "Impose administrative sanctions, not specified below", -5.0, 4, "sanction", polarity::hostile, 3},
    {"1721", "Impose restrictions on political freedoms", -5.0, 4, "sanction", polarity::hostile, 3},
    {"1722", "Ban political parties or politicians", -5.0, 4, "sanction", polarity::hostile, 3},
    {"1723", "Impose curfew", -5.0, 4, "sanction", polarity::hostile, 3},
    {"1724", "Impose state of emergency or martial law", -5.0, 4, "sanction", polarity::hostile, 3},
    {"173", "Arrest, detain, or charge with legal action", -5.0, 4, "arrest", polarity::hostile, 4},
    {"174", "Expel or deport individuals", -5.0, 4, "expulsion", polarity::hostile, 3},
    {"175", "Use tactics of violent repression", -9.0, 4, "assault", polarity::hostile, 5},
    {"18", "ASSAULT", -9.0, 4, "attack", polarity::hostile, 5},
    {"180", "Use unconventional violence, not specified below", -9.0, 4, "attack", polarity::hostile, 5},
    {"181", "Abduct, hijack, or take hostage", -9.0, 4, "kidnapping", polarity::hostile, 5},
    {"182", "Physically assault, not specified below", -9.5, 4, "assault", polarity::hostile, 5},
    {"1821", "Sexually assault", -9.0, 4, "assault", polarity::hostile, 5},
    {"1822", "Torture", -9.0, 4, "assault", polarity::hostile, 5},
    {"1823", "Kill by physical assault", -10.0, 4, "assault", polarity::hostile, 6},
    {"183", "Conduct suicide, car, or other non-military bombing, not spec below", -10.0, 4, "bombing", polarity::hostile, 5},
    {"1831", "Carry out suicide bombing", -10.0, 4, "suicide-bombing", polarity::hostile, 5},
    {"1832", "Carry out car bombing", -10.0, 4, "bombing", polarity::hostile, 5},
    {"1833", "Carry out roadside bombing", -10.0, 4, "bombing", polarity::hostile, 5},
    {"184", "Use as human shield", -8.0, 4, "hostage-taking", polarity::hostile, 5},
    {"185", "Attempt to assassinate", -8.0, 4, "assassination-attempt", polarity::hostile, 5},
    {"186", "Assassinate", -10.0, 4, "assassination", polarity::hostile, 7},
    {"19", "FIGHT", -10.0, 4, "attack", polarity::hostile, 5},
    {"190", "Use conventional military force, not specified below", -10.0, 4, "attack", polarity::hostile, 5},
    {"191", "Impose blockade, restrict movement", -9.5, 4, "blockade", polarity::hostile, 4},
    {"192", "Occupy territory", -9.5, 4, "seizure", polarity::hostile, 5},
    {"193", "Fight with small arms and light weapons", -10.0, 4, "armed-clash", polarity::hostile, 5},
    {"194", "Fight with artillery and tanks", -10.0, 4, "shelling", polarity::hostile, 5},
    {"195", "Employ aerial weapons", -10.0, 4, "airstrike", polarity::hostile, 5},
    {"196", "Violate ceasefire", -9.5, 4, "attack", polarity::hostile, 5},
    {"20", "USE UNCONVENTIONAL MASS VIOLENCE", -10.0, 4, "attack", polarity::hostile, 9},
    {"200", "Use unconventional mass violence, not specified below", -10.0, 4, "attack", polarity::hostile, 9},
    {"201", "Engage in mass expulsion", -9.5, 4, "expulsion", polarity::hostile, 9},
    {"202", "Engage in mass killings", -10.0, 4, "attack", polarity::hostile, 9},
    {"203", "Engage in ethnic cleansing", -10.0, 4, "attack", polarity::hostile, 9},
    {"204", "Use weapons of mass destruction, not specified below", -10.0, 4, "attack", polarity::hostile, 9},
    {"2041", "Use chemical, biological, or radiological weapons", -10.0, 4, "attack", polarity::hostile, 9},
    {"2042", "Detonate nuclear weapons", -10.0, 4, "attack", polarity::hostile, 9},
});
// clang-format on
static_assert(cameo_table.size() == 311);
static_assert(strictly_sorted(cameo_table, &cameo_event::code));

// ---------------------------------------------------------------------------
// CAMEO actor type codes (CAMEO codebook, actor codes; GDELT's CAMEO.type.txt),
// plus PTY, which CAMEO dictionaries also use. Sorted by code.
// clang-format off
constexpr auto actor_type_table = std::to_array<cameo_actor_type>({
    {"AGR", "Agriculture", "agriculture", false, false},
    {"AMN", "Amnesty International", "ngo", false, false},
    {"BUS", "Business", "business", false, false},
    {"COP", "Police forces", "police", true, true},
    {"CRM", "Criminal", "criminal-group", false, false},
    {"CVL", "Civilian", "civilians", false, false},
    {"DEV", "Development", "development", false, false},
    {"EDU", "Education", "education", false, false},
    {"ELI", "Elites", "elite", false, false},
    {"ENV", "Environmental", "environmental-group", false, false},
    {"GOV", "Government", "government", true, false},
    {"GRP", "Greenpeace", "ngo", false, false},
    {"HLH", "Health", "health", false, false},
    {"HRI", "Human Rights", "human-rights-group", false, false},
    {"IGO", "Inter-Governmental Organization", "international-organisation", false, false},
    {"IMG", "International Militarized Group", "armed-group", false, true},
    {"INS", "Insurgents", "insurgent-group", false, true},
    {"INT", "International/Transnational Generic", "international", false, false},
    {"IRC", "Red Cross", "humanitarian-organisation", false, false},
    {"JUD", "Judiciary", "judiciary", true, false},
    {"LAB", "Labor", "labour", false, false},
    {"LEG", "Legislature", "legislature", true, false},
    {"MED", "Media", "media", false, false},
    {"MIL", "Military", "armed-force", true, true},
    {"MNC", "Multinational Corporation", "business", false, false},
    {"MOD", "Moderate", "moderate", false, false},
    {"NGM", "Non-Governmental Movement", "movement", false, false},
    {"NGO", "Non-Governmental Organization", "ngo", false, false},
    {"OPP", "Political Opposition", "opposition", false, false},
    {"PKO", "Peacekeepers", "peacekeeping-force", false, true},
    {"PTY", "Political Party", "political-party", false, false},
    {"RAD", "Radical", "radical", false, false},
    {"REB", "Rebels", "rebel-group", false, true},
    {"REF", "Refugees", "refugees", false, false},
    {"SEP", "Separatist Rebels", "separatist-group", false, true},
    {"SET", "Settler", "settlers", false, false},
    {"SPY", "State Intelligence", "intelligence-service", true, true},
    {"UAF", "Unaligned Armed Forces", "armed-group", false, true},
    {"UIS", "Unidentified State Actor", "state-actor", true, false},
    {"UNO", "United Nations", "international-organisation", false, false},
});
// clang-format on
static_assert(strictly_sorted(actor_type_table, &cameo_actor_type::code));

// CAMEO regional codes (CAMEO codebook; GDELT's CAMEO.country.txt). Sorted by code.
// clang-format off
constexpr auto region_table = std::to_array<cameo_region>({
    {"AFR", "Africa"},
    {"ASA", "Asia"},
    {"BLK", "Balkans"},
    {"CAS", "Central Asia"},
    {"CAU", "Caucasus"},
    {"CEU", "Central Europe"},
    {"CFR", "Central Africa"},
    {"CRB", "Caribbean"},
    {"EAF", "Eastern Africa"},
    {"EEU", "Eastern Europe"},
    {"EIN", "East Indies"},
    {"EUR", "Europe"},
    {"LAM", "Latin America"},
    {"MDT", "Mediterranean"},
    {"MEA", "Middle East"},
    {"NAF", "North Africa"},
    {"NMR", "North America"},
    {"PGS", "Persian Gulf"},
    {"SAF", "Southern Africa"},
    {"SAM", "South America"},
    {"SAS", "South Asia"},
    {"SCN", "Scandinavia"},
    {"SEA", "Southeast Asia"},
    {"WAF", "West Africa"},
    {"WST", "The West"},
});
// clang-format on
static_assert(strictly_sorted(region_table, &cameo_region::code));

// ---------------------------------------------------------------------------
// Countries: ISO 3166-1 (alpha-3, alpha-2, numeric), FIPS 10-4 (as GDELT's
// geography uses it), English short name. Plus Kosovo (user-assigned XKX/XK,
// FIPS KV). Sorted by alpha-3.
// clang-format off
constexpr auto country_table = std::to_array<country>({
    {"ABW", "AW", "AA", 533, "Aruba"},
    {"AFG", "AF", "AF", 4, "Afghanistan"},
    {"AGO", "AO", "AO", 24, "Angola"},
    {"AIA", "AI", "AV", 660, "Anguilla"},
    {"ALA", "AX", "", 248, "Aland Islands"},
    {"ALB", "AL", "AL", 8, "Albania"},
    {"AND", "AD", "AN", 20, "Andorra"},
    {"ARE", "AE", "AE", 784, "United Arab Emirates"},
    {"ARG", "AR", "AR", 32, "Argentina"},
    {"ARM", "AM", "AM", 51, "Armenia"},
    {"ASM", "AS", "AQ", 16, "American Samoa"},
    {"ATA", "AQ", "AY", 10, "Antarctica"},
    {"ATF", "TF", "FS", 260, "French Southern Territories"},
    {"ATG", "AG", "AC", 28, "Antigua and Barbuda"},
    {"AUS", "AU", "AS", 36, "Australia"},
    {"AUT", "AT", "AU", 40, "Austria"},
    {"AZE", "AZ", "AJ", 31, "Azerbaijan"},
    {"BDI", "BI", "BY", 108, "Burundi"},
    {"BEL", "BE", "BE", 56, "Belgium"},
    {"BEN", "BJ", "BN", 204, "Benin"},
    {"BES", "BQ", "", 535, "Bonaire, Sint Eustatius and Saba"},
    {"BFA", "BF", "UV", 854, "Burkina Faso"},
    {"BGD", "BD", "BG", 50, "Bangladesh"},
    {"BGR", "BG", "BU", 100, "Bulgaria"},
    {"BHR", "BH", "BA", 48, "Bahrain"},
    {"BHS", "BS", "BF", 44, "Bahamas"},
    {"BIH", "BA", "BK", 70, "Bosnia and Herzegovina"},
    {"BLM", "BL", "TB", 652, "Saint Barthelemy"},
    {"BLR", "BY", "BO", 112, "Belarus"},
    {"BLZ", "BZ", "BH", 84, "Belize"},
    {"BMU", "BM", "BD", 60, "Bermuda"},
    {"BOL", "BO", "BL", 68, "Bolivia"},
    {"BRA", "BR", "BR", 76, "Brazil"},
    {"BRB", "BB", "BB", 52, "Barbados"},
    {"BRN", "BN", "BX", 96, "Brunei"},
    {"BTN", "BT", "BT", 64, "Bhutan"},
    {"BVT", "BV", "BV", 74, "Bouvet Island"},
    {"BWA", "BW", "BC", 72, "Botswana"},
    {"CAF", "CF", "CT", 140, "Central African Republic"},
    {"CAN", "CA", "CA", 124, "Canada"},
    {"CCK", "CC", "CK", 166, "Cocos (Keeling) Islands"},
    {"CHE", "CH", "SZ", 756, "Switzerland"},
    {"CHL", "CL", "CI", 152, "Chile"},
    {"CHN", "CN", "CH", 156, "China"},
    {"CIV", "CI", "IV", 384, "Cote d'Ivoire"},
    {"CMR", "CM", "CM", 120, "Cameroon"},
    {"COD", "CD", "CG", 180, "Democratic Republic of the Congo"},
    {"COG", "CG", "CF", 178, "Congo"},
    {"COK", "CK", "CW", 184, "Cook Islands"},
    {"COL", "CO", "CO", 170, "Colombia"},
    {"COM", "KM", "CN", 174, "Comoros"},
    {"CPV", "CV", "CV", 132, "Cabo Verde"},
    {"CRI", "CR", "CS", 188, "Costa Rica"},
    {"CUB", "CU", "CU", 192, "Cuba"},
    {"CUW", "CW", "UC", 531, "Curacao"},
    {"CXR", "CX", "KT", 162, "Christmas Island"},
    {"CYM", "KY", "CJ", 136, "Cayman Islands"},
    {"CYP", "CY", "CY", 196, "Cyprus"},
    {"CZE", "CZ", "EZ", 203, "Czechia"},
    {"DEU", "DE", "GM", 276, "Germany"},
    {"DJI", "DJ", "DJ", 262, "Djibouti"},
    {"DMA", "DM", "DO", 212, "Dominica"},
    {"DNK", "DK", "DA", 208, "Denmark"},
    {"DOM", "DO", "DR", 214, "Dominican Republic"},
    {"DZA", "DZ", "AG", 12, "Algeria"},
    {"ECU", "EC", "EC", 218, "Ecuador"},
    {"EGY", "EG", "EG", 818, "Egypt"},
    {"ERI", "ER", "ER", 232, "Eritrea"},
    {"ESH", "EH", "WI", 732, "Western Sahara"},
    {"ESP", "ES", "SP", 724, "Spain"},
    {"EST", "EE", "EN", 233, "Estonia"},
    {"ETH", "ET", "ET", 231, "Ethiopia"},
    {"FIN", "FI", "FI", 246, "Finland"},
    {"FJI", "FJ", "FJ", 242, "Fiji"},
    {"FLK", "FK", "FK", 238, "Falkland Islands"},
    {"FRA", "FR", "FR", 250, "France"},
    {"FRO", "FO", "FO", 234, "Faroe Islands"},
    {"FSM", "FM", "FM", 583, "Micronesia"},
    {"GAB", "GA", "GB", 266, "Gabon"},
    {"GBR", "GB", "UK", 826, "United Kingdom"},
    {"GEO", "GE", "GG", 268, "Georgia"},
    {"GGY", "GG", "GK", 831, "Guernsey"},
    {"GHA", "GH", "GH", 288, "Ghana"},
    {"GIB", "GI", "GI", 292, "Gibraltar"},
    {"GIN", "GN", "GV", 324, "Guinea"},
    {"GLP", "GP", "GP", 312, "Guadeloupe"},
    {"GMB", "GM", "GA", 270, "Gambia"},
    {"GNB", "GW", "PU", 624, "Guinea-Bissau"},
    {"GNQ", "GQ", "EK", 226, "Equatorial Guinea"},
    {"GRC", "GR", "GR", 300, "Greece"},
    {"GRD", "GD", "GJ", 308, "Grenada"},
    {"GRL", "GL", "GL", 304, "Greenland"},
    {"GTM", "GT", "GT", 320, "Guatemala"},
    {"GUF", "GF", "FG", 254, "French Guiana"},
    {"GUM", "GU", "GQ", 316, "Guam"},
    {"GUY", "GY", "GY", 328, "Guyana"},
    {"HKG", "HK", "HK", 344, "Hong Kong"},
    {"HMD", "HM", "HM", 334, "Heard Island and McDonald Islands"},
    {"HND", "HN", "HO", 340, "Honduras"},
    {"HRV", "HR", "HR", 191, "Croatia"},
    {"HTI", "HT", "HA", 332, "Haiti"},
    {"HUN", "HU", "HU", 348, "Hungary"},
    {"IDN", "ID", "ID", 360, "Indonesia"},
    {"IMN", "IM", "IM", 833, "Isle of Man"},
    {"IND", "IN", "IN", 356, "India"},
    {"IOT", "IO", "IO", 86, "British Indian Ocean Territory"},
    {"IRL", "IE", "EI", 372, "Ireland"},
    {"IRN", "IR", "IR", 364, "Iran"},
    {"IRQ", "IQ", "IZ", 368, "Iraq"},
    {"ISL", "IS", "IC", 352, "Iceland"},
    {"ISR", "IL", "IS", 376, "Israel"},
    {"ITA", "IT", "IT", 380, "Italy"},
    {"JAM", "JM", "JM", 388, "Jamaica"},
    {"JEY", "JE", "JE", 832, "Jersey"},
    {"JOR", "JO", "JO", 400, "Jordan"},
    {"JPN", "JP", "JA", 392, "Japan"},
    {"KAZ", "KZ", "KZ", 398, "Kazakhstan"},
    {"KEN", "KE", "KE", 404, "Kenya"},
    {"KGZ", "KG", "KG", 417, "Kyrgyzstan"},
    {"KHM", "KH", "CB", 116, "Cambodia"},
    {"KIR", "KI", "KR", 296, "Kiribati"},
    {"KNA", "KN", "SC", 659, "Saint Kitts and Nevis"},
    {"KOR", "KR", "KS", 410, "South Korea"},
    {"KWT", "KW", "KU", 414, "Kuwait"},
    {"LAO", "LA", "LA", 418, "Laos"},
    {"LBN", "LB", "LE", 422, "Lebanon"},
    {"LBR", "LR", "LI", 430, "Liberia"},
    {"LBY", "LY", "LY", 434, "Libya"},
    {"LCA", "LC", "ST", 662, "Saint Lucia"},
    {"LIE", "LI", "LS", 438, "Liechtenstein"},
    {"LKA", "LK", "CE", 144, "Sri Lanka"},
    {"LSO", "LS", "LT", 426, "Lesotho"},
    {"LTU", "LT", "LH", 440, "Lithuania"},
    {"LUX", "LU", "LU", 442, "Luxembourg"},
    {"LVA", "LV", "LG", 428, "Latvia"},
    {"MAC", "MO", "MC", 446, "Macao"},
    {"MAF", "MF", "RN", 663, "Saint Martin"},
    {"MAR", "MA", "MO", 504, "Morocco"},
    {"MCO", "MC", "MN", 492, "Monaco"},
    {"MDA", "MD", "MD", 498, "Moldova"},
    {"MDG", "MG", "MA", 450, "Madagascar"},
    {"MDV", "MV", "MV", 462, "Maldives"},
    {"MEX", "MX", "MX", 484, "Mexico"},
    {"MHL", "MH", "RM", 584, "Marshall Islands"},
    {"MKD", "MK", "MK", 807, "North Macedonia"},
    {"MLI", "ML", "ML", 466, "Mali"},
    {"MLT", "MT", "MT", 470, "Malta"},
    {"MMR", "MM", "BM", 104, "Myanmar"},
    {"MNE", "ME", "MJ", 499, "Montenegro"},
    {"MNG", "MN", "MG", 496, "Mongolia"},
    {"MNP", "MP", "CQ", 580, "Northern Mariana Islands"},
    {"MOZ", "MZ", "MZ", 508, "Mozambique"},
    {"MRT", "MR", "MR", 478, "Mauritania"},
    {"MSR", "MS", "MH", 500, "Montserrat"},
    {"MTQ", "MQ", "MB", 474, "Martinique"},
    {"MUS", "MU", "MP", 480, "Mauritius"},
    {"MWI", "MW", "MI", 454, "Malawi"},
    {"MYS", "MY", "MY", 458, "Malaysia"},
    {"MYT", "YT", "MF", 175, "Mayotte"},
    {"NAM", "NA", "WA", 516, "Namibia"},
    {"NCL", "NC", "NC", 540, "New Caledonia"},
    {"NER", "NE", "NG", 562, "Niger"},
    {"NFK", "NF", "NF", 574, "Norfolk Island"},
    {"NGA", "NG", "NI", 566, "Nigeria"},
    {"NIC", "NI", "NU", 558, "Nicaragua"},
    {"NIU", "NU", "NE", 570, "Niue"},
    {"NLD", "NL", "NL", 528, "Netherlands"},
    {"NOR", "NO", "NO", 578, "Norway"},
    {"NPL", "NP", "NP", 524, "Nepal"},
    {"NRU", "NR", "NR", 520, "Nauru"},
    {"NZL", "NZ", "NZ", 554, "New Zealand"},
    {"OMN", "OM", "MU", 512, "Oman"},
    {"PAK", "PK", "PK", 586, "Pakistan"},
    {"PAN", "PA", "PM", 591, "Panama"},
    {"PCN", "PN", "PC", 612, "Pitcairn"},
    {"PER", "PE", "PE", 604, "Peru"},
    {"PHL", "PH", "RP", 608, "Philippines"},
    {"PLW", "PW", "PS", 585, "Palau"},
    {"PNG", "PG", "PP", 598, "Papua New Guinea"},
    {"POL", "PL", "PL", 616, "Poland"},
    {"PRI", "PR", "RQ", 630, "Puerto Rico"},
    {"PRK", "KP", "KN", 408, "North Korea"},
    {"PRT", "PT", "PO", 620, "Portugal"},
    {"PRY", "PY", "PA", 600, "Paraguay"},
    {"PSE", "PS", "WE", 275, "Palestine"},
    {"PYF", "PF", "FP", 258, "French Polynesia"},
    {"QAT", "QA", "QA", 634, "Qatar"},
    {"REU", "RE", "RE", 638, "Reunion"},
    {"ROU", "RO", "RO", 642, "Romania"},
    {"RUS", "RU", "RS", 643, "Russia"},
    {"RWA", "RW", "RW", 646, "Rwanda"},
    {"SAU", "SA", "SA", 682, "Saudi Arabia"},
    {"SDN", "SD", "SU", 729, "Sudan"},
    {"SEN", "SN", "SG", 686, "Senegal"},
    {"SGP", "SG", "SN", 702, "Singapore"},
    {"SGS", "GS", "SX", 239, "South Georgia and the South Sandwich Islands"},
    {"SHN", "SH", "SH", 654, "Saint Helena, Ascension and Tristan da Cunha"},
    {"SJM", "SJ", "SV", 744, "Svalbard and Jan Mayen"},
    {"SLB", "SB", "BP", 90, "Solomon Islands"},
    {"SLE", "SL", "SL", 694, "Sierra Leone"},
    {"SLV", "SV", "ES", 222, "El Salvador"},
    {"SMR", "SM", "SM", 674, "San Marino"},
    {"SOM", "SO", "SO", 706, "Somalia"},
    {"SPM", "PM", "SB", 666, "Saint Pierre and Miquelon"},
    {"SRB", "RS", "RI", 688, "Serbia"},
    {"SSD", "SS", "OD", 728, "South Sudan"},
    {"STP", "ST", "TP", 678, "Sao Tome and Principe"},
    {"SUR", "SR", "NS", 740, "Suriname"},
    {"SVK", "SK", "LO", 703, "Slovakia"},
    {"SVN", "SI", "SI", 705, "Slovenia"},
    {"SWE", "SE", "SW", 752, "Sweden"},
    {"SWZ", "SZ", "WZ", 748, "Eswatini"},
    {"SXM", "SX", "NN", 534, "Sint Maarten"},
    {"SYC", "SC", "SE", 690, "Seychelles"},
    {"SYR", "SY", "SY", 760, "Syria"},
    {"TCA", "TC", "TK", 796, "Turks and Caicos Islands"},
    {"TCD", "TD", "CD", 148, "Chad"},
    {"TGO", "TG", "TO", 768, "Togo"},
    {"THA", "TH", "TH", 764, "Thailand"},
    {"TJK", "TJ", "TI", 762, "Tajikistan"},
    {"TKL", "TK", "TL", 772, "Tokelau"},
    {"TKM", "TM", "TX", 795, "Turkmenistan"},
    {"TLS", "TL", "TT", 626, "Timor-Leste"},
    {"TON", "TO", "TN", 776, "Tonga"},
    {"TTO", "TT", "TD", 780, "Trinidad and Tobago"},
    {"TUN", "TN", "TS", 788, "Tunisia"},
    {"TUR", "TR", "TU", 792, "Turkey"},
    {"TUV", "TV", "TV", 798, "Tuvalu"},
    {"TWN", "TW", "TW", 158, "Taiwan"},
    {"TZA", "TZ", "TZ", 834, "Tanzania"},
    {"UGA", "UG", "UG", 800, "Uganda"},
    {"UKR", "UA", "UP", 804, "Ukraine"},
    {"UMI", "UM", "", 581, "United States Minor Outlying Islands"},
    {"URY", "UY", "UY", 858, "Uruguay"},
    {"USA", "US", "US", 840, "United States"},
    {"UZB", "UZ", "UZ", 860, "Uzbekistan"},
    {"VAT", "VA", "VT", 336, "Holy See"},
    {"VCT", "VC", "VC", 670, "Saint Vincent and the Grenadines"},
    {"VEN", "VE", "VE", 862, "Venezuela"},
    {"VGB", "VG", "VI", 92, "British Virgin Islands"},
    {"VIR", "VI", "VQ", 850, "United States Virgin Islands"},
    {"VNM", "VN", "VM", 704, "Vietnam"},
    {"VUT", "VU", "NH", 548, "Vanuatu"},
    {"WLF", "WF", "WF", 876, "Wallis and Futuna"},
    {"WSM", "WS", "WS", 882, "Samoa"},
    {"XKX", "XK", "KV", 0, "Kosovo"},
    {"YEM", "YE", "YM", 887, "Yemen"},
    {"ZAF", "ZA", "SF", 710, "South Africa"},
    {"ZMB", "ZM", "ZA", 894, "Zambia"},
    {"ZWE", "ZW", "ZI", 716, "Zimbabwe"},
});
// clang-format on
static_assert(country_table.size() == 250);
static_assert(strictly_sorted(country_table, &country::alpha3));

using country_index = std::array<std::uint16_t, country_table.size()>;

// The countries' positions sorted by another key, computed at compile time.
template <class Proj, class Less>
constexpr country_index make_index(Proj proj, Less less) {
  country_index idx{};
  for (std::size_t i = 0; i < idx.size(); ++i)
    idx[i] = static_cast<std::uint16_t>(i);
  std::sort(idx.begin(), idx.end(), [&](std::uint16_t a, std::uint16_t b) {
    return less(std::invoke(proj, country_table[a]), std::invoke(proj, country_table[b]));
  });
  return idx;
}

// Keys must be unique except for `none` (an empty code, numeric 0), which lookups refuse.
template <class Proj, class Less, class Key>
constexpr bool unique_in(const country_index& idx, Proj proj, Less less, Key none) {
  for (std::size_t i = 1; i < idx.size(); ++i) {
    const auto& a = std::invoke(proj, country_table[idx[i - 1]]);
    const auto& b = std::invoke(proj, country_table[idx[i]]);
    if (!less(a, b) && !(a == none)) return false;
  }
  return true;
}

constexpr country_index by_alpha2 = make_index(&country::alpha2, std::less<>{});
constexpr country_index by_fips = make_index(&country::fips, std::less<>{});
constexpr country_index by_numeric = make_index(&country::numeric, std::less<>{});
constexpr country_index by_name = make_index(&country::name, less_ci{});
static_assert(unique_in(by_alpha2, &country::alpha2, std::less<>{}, std::string_view{"-"}));
static_assert(unique_in(by_fips, &country::fips, std::less<>{}, std::string_view{}));
static_assert(unique_in(by_numeric, &country::numeric, std::less<>{}, std::uint16_t{0}));
static_assert(unique_in(by_name, &country::name, less_ci{}, std::string_view{"-"}));

template <class Key, class Proj, class Less>
const country* find_indexed(const country_index& idx, const Key& key, Proj proj, Less less) noexcept {
  const auto it =
      std::ranges::lower_bound(idx, key, less, [&](std::uint16_t i) { return std::invoke(proj, country_table[i]); });
  if (it == idx.end() || less(key, std::invoke(proj, country_table[*it]))) return nullptr;
  return &country_table[*it];
}

// A code of another scheme that stands for a country: FIPS codes of parts of
// an ISO entry, legacy CAMEO country codes. Sorted by code.
struct code_alias {
  std::string_view code;
  std::string_view alpha3;
};

// clang-format off
constexpr auto fips_alias_table = std::to_array<code_alias>({
    {"BQ", "UMI"},  // Navassa Island
    {"DQ", "UMI"},  // Jarvis Island
    {"FQ", "UMI"},  // Baker Island
    {"GZ", "PSE"},  // Gaza Strip (West Bank is WE, the row's own code)
    {"HQ", "UMI"},  // Howland Island
    {"JN", "SJM"},  // Jan Mayen (Svalbard is SV, the row's own code)
    {"JQ", "UMI"},  // Johnston Atoll
    {"KQ", "UMI"},  // Kingman Reef
    {"LQ", "UMI"},  // Palmyra Atoll
    {"MQ", "UMI"},  // Midway Islands
    {"WQ", "UMI"},  // Wake Island
});
constexpr auto cameo_country_alias_table = std::to_array<code_alias>({
    {"KSV", "XKX"},  // CAMEO's Kosovo
    {"ROM", "ROU"},  // ISO alpha-3 of Romania until 2002
    {"TMP", "TLS"},  // ISO alpha-3 of East Timor until 2002
    {"ZAR", "COD"},  // ISO alpha-3 of Zaire until 1997
});
// clang-format on
static_assert(strictly_sorted(fips_alias_table, &code_alias::code));
static_assert(strictly_sorted(cameo_country_alias_table, &code_alias::code));

// Variant names, sorted ASCII case-insensitively.
// clang-format off
constexpr auto name_variant_table = std::to_array<country_name_variant>({
    {"Bahamas, The", "BHS"},
    {"Bolivia, Plurinational State of", "BOL"},
    {"Bosnia-Herzegovina", "BIH"},
    {"Britain", "GBR"},
    {"Brunei Darussalam", "BRN"},
    {"Burma", "MMR"},
    {"Cambodia (Kampuchea)", "KHM"},
    {"Cape Verde", "CPV"},
    {"Caribbean Netherlands", "BES"},
    {"Congo (Brazzaville)", "COG"},
    {"Congo (Kinshasa)", "COD"},
    {"Congo, The Democratic Republic of the", "COD"},
    {"Congo-Brazzaville", "COG"},
    {"Congo-Kinshasa", "COD"},
    {"Curaçao", "CUW"},
    {"Czech Republic", "CZE"},
    {"Côte d'Ivoire", "CIV"},
    {"Democratic People's Republic of Korea", "PRK"},
    {"Democratic Republic of Congo", "COD"},
    {"DR Congo", "COD"},
    {"DR Congo (Zaire)", "COD"},
    {"DRC", "COD"},
    {"East Timor", "TLS"},
    {"Falkland Islands (Malvinas)", "FLK"},
    {"Federated States of Micronesia", "FSM"},
    {"Former Yugoslav Republic of Macedonia", "MKD"},
    {"Gambia, The", "GMB"},
    {"Great Britain", "GBR"},
    {"Holy See (Vatican City State)", "VAT"},
    {"Hong Kong SAR", "HKG"},
    {"Iran, Islamic Republic of", "IRN"},
    {"Islamic Republic of Iran", "IRN"},
    {"Ivory Coast", "CIV"},
    {"Kampuchea", "KHM"},
    {"Kingdom of eSwatini (Swaziland)", "SWZ"},
    {"Korea, Democratic People's Republic of", "PRK"},
    {"Korea, North", "PRK"},
    {"Korea, Republic of", "KOR"},
    {"Korea, South", "KOR"},
    {"Kyrgyz Republic", "KGZ"},
    {"Lao People's Democratic Republic", "LAO"},
    {"Libyan Arab Jamahiriya", "LBY"},
    {"Macau", "MAC"},
    {"Macedonia", "MKD"},
    {"Macedonia, FYR", "MKD"},
    {"Madagascar (Malagasy)", "MDG"},
    {"Micronesia, Federated States of", "FSM"},
    {"Moldova, Republic of", "MDA"},
    {"Myanmar (Burma)", "MMR"},
    {"Occupied Palestinian Territory", "PSE"},
    {"Palestine, State of", "PSE"},
    {"Palestinian Territory", "PSE"},
    {"Plurinational State of Bolivia", "BOL"},
    {"Republic of Congo", "COG"},
    {"Republic of Korea", "KOR"},
    {"Republic of Moldova", "MDA"},
    {"Republic of the Congo", "COG"},
    {"Rhodesia", "ZWE"},
    {"Russia (Soviet Union)", "RUS"},
    {"Russian Federation", "RUS"},
    {"Réunion", "REU"},
    {"Saint Barthélemy", "BLM"},
    {"Saint Martin (French part)", "MAF"},
    {"Saint-Barthelemy", "BLM"},
    {"Serbia (Yugoslavia)", "SRB"},
    {"Sint Maarten (Dutch part)", "SXM"},
    {"Slovak Republic", "SVK"},
    {"State of Palestine", "PSE"},
    {"Swaziland", "SWZ"},
    {"Syrian Arab Republic", "SYR"},
    {"Taiwan, Province of China", "TWN"},
    {"Tanzania, United Republic of", "TZA"},
    {"The Bahamas", "BHS"},
    {"The Gambia", "GMB"},
    {"The Netherlands", "NLD"},
    {"Timor Leste", "TLS"},
    {"Turkiye", "TUR"},
    {"Türkiye", "TUR"},
    {"U.S. Virgin Islands", "VIR"},
    {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
    {"United Republic of Tanzania", "TZA"},
    {"United States of America", "USA"},
    {"Vatican", "VAT"},
    {"Vatican City", "VAT"},
    {"Venezuela, Bolivarian Republic of", "VEN"},
    {"Viet Nam", "VNM"},
    {"Vietnam (North Vietnam)", "VNM"},
    {"Virgin Islands, British", "VGB"},
    {"Virgin Islands, U.S.", "VIR"},
    {"Yemen (North Yemen)", "YEM"},
    {"Zaire", "COD"},
    {"Zimbabwe (Rhodesia)", "ZWE"},
    {"Åland Islands", "ALA"},
});
// clang-format on
static_assert(strictly_sorted(name_variant_table, &country_name_variant::name, less_ci{}));

// ---------------------------------------------------------------------------
// ACLED event types and sub-event types (ACLED Codebook 2023). Sorted ASCII
// case-insensitively by event type, then sub-event type; the generic row of an
// event type (empty sub-event type) comes first.
// clang-format off
constexpr auto acled_table = std::to_array<acled_event>({
    {"Battles", "", "battle", H, 5, 4},
    {"Battles", "Armed clash", "armed-clash", H, 5, 4},
    {"Battles", "Government regains territory", "battle", H, 5, 4},
    {"Battles", "Non-state actor overtakes territory", "battle", H, 5, 4},
    {"Explosions/Remote violence", "", "explosion", H, 5, 4},
    {"Explosions/Remote violence", "Air/drone strike", "airstrike", H, 5, 4},
    {"Explosions/Remote violence", "Chemical weapon", "attack", H, 9, 4},
    {"Explosions/Remote violence", "Grenade", "explosion", H, 5, 4},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED", "bombing", H, 5, 4},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling", H, 5, 4},
    {"Explosions/Remote violence", "Suicide bomb", "suicide-bombing", H, 5, 4},
    {"Protests", "", "protest", H, 1, 3},
    {"Protests", "Excessive force against protesters", "assault", H, 5, 4},
    {"Protests", "Peaceful protest", "demonstration", H, 1, 3},
    {"Protests", "Protest with intervention", "protest", H, 1, 3},
    {"Riots", "", "clash", H, 5, 3},
    {"Riots", "Mob violence", "attack", H, 5, 3},
    {"Riots", "Violent demonstration", "clash", H, 5, 3},
    {"Strategic developments", "", "strategic-development", N, 0, 0},
    {"Strategic developments", "Agreement", "agreement", F, 0, 1},
    {"Strategic developments", "Arrests", "arrest", H, 4, 4},
    {"Strategic developments", "Change to group/activity", "group-change", N, 0, 0},
    {"Strategic developments", "Disrupted weapons use", "seizure", H, 4, 4},
    {"Strategic developments", "Headquarters or base established", "deployment", N, 4, 4},
    {"Strategic developments", "Looting/property destruction", "seizure", H, 4, 4},
    {"Strategic developments", "Non-violent transfer of territory", "territory-transfer", N, 0, 0},
    {"Strategic developments", "Other", "other", N, 0, 0},
    {"Violence against civilians", "", "attack", H, 5, 4},
    {"Violence against civilians", "Abduction/forced disappearance", "abduction", H, 5, 4},
    {"Violence against civilians", "Attack", "attack", H, 5, 4},
    {"Violence against civilians", "Sexual violence", "assault", H, 5, 4},
});
// clang-format on

constexpr auto acled_key(const acled_event& e) noexcept {
  return std::pair{e.event_type, e.sub_event_type};
}

struct less_acled {
  constexpr bool operator()(const std::pair<std::string_view, std::string_view>& a,
                            const std::pair<std::string_view, std::string_view>& b) const noexcept {
    const int c = compare_ci(a.first, b.first);
    return c != 0 ? c < 0 : compare_ci(a.second, b.second) < 0;
  }
};
static_assert(strictly_sorted(acled_table, acled_key, less_acled{}));

// Event types of ACLED data before 2019 and their current equivalents. Sorted
// ASCII case-insensitively by the old event type.
struct acled_legacy {
  std::string_view old_event_type;
  std::string_view event_type;
  std::string_view sub_event_type;
};
// clang-format off
constexpr auto acled_legacy_table = std::to_array<acled_legacy>({
    {"Battle-Government regains territory", "Battles", "Government regains territory"},
    {"Battle-No change of territory", "Battles", "Armed clash"},
    {"Battle-Non-state actor overtakes territory", "Battles", "Non-state actor overtakes territory"},
    {"Headquarters or base established", "Strategic developments", "Headquarters or base established"},
    {"Non-violent transfer of territory", "Strategic developments", "Non-violent transfer of territory"},
    {"Remote violence", "Explosions/Remote violence", ""},
    {"Riots/Protests", "Protests", ""},
    {"Strategic development", "Strategic developments", ""},
});
// clang-format on
static_assert(strictly_sorted(acled_legacy_table, &acled_legacy::old_event_type, less_ci{}));

// ACLED inter codes (ACLED Codebook 2023, "Actor types"). Sorted by code = position.
// clang-format off
constexpr auto acled_inter_table = std::to_array<acled_inter>({
    {0, "No actor", "", node_kind::group, ""},
    {1, "State forces", "State forces", node_kind::state, "armed-force"},
    {2, "Rebel groups", "Rebel group", node_kind::group, "rebel-group"},
    {3, "Political militias", "Political militia", node_kind::group, "militia"},
    {4, "Identity militias", "Identity militia", node_kind::group, "identity-militia"},
    {5, "Rioters", "Rioters", node_kind::group, "rioters"},
    {6, "Protesters", "Protesters", node_kind::group, "protesters"},
    {7, "Civilians", "Civilians", node_kind::group, "civilians"},
    {8, "External/Other forces", "External/Other forces", node_kind::group, "external-force"},
});
// clang-format on
constexpr bool inter_codes_are_positions() {
  for (std::size_t i = 0; i < acled_inter_table.size(); ++i)
    if (acled_inter_table[i].code != i) return false;
  return true;
}
static_assert(inter_codes_are_positions());

// UCDP GED type_of_violence (UCDP GED Codebook). Sorted by code.
// clang-format off
constexpr auto ucdp_violence_table = std::to_array<ucdp_violence>({
    {1, "State-based conflict", "battle", 5},
    {2, "Non-state conflict", "armed-clash", 5},
    {3, "One-sided violence", "attack", 5},
});
// clang-format on
static_assert(strictly_sorted(ucdp_violence_table, &ucdp_violence::code));

// UCDP External Support Dataset support types (Högbladh, Pettersson & Themnér
// 2011; ESD 18.1 column names). Sorted by letter.
// clang-format off
constexpr auto esd_table = std::to_array<esd_support_type>({
    {'f', "ext_f", "Funding / economic support", false},
    {'i', "ext_i", "Intelligence material", true},
    {'l', "ext_l", "Access to territory", true},
    {'m', "ext_m", "Materiel and logistics", true},
    {'o', "ext_o", "Other forms of support", false},
    {'p', "ext_p", "Troops, not as a secondary warring party (provisional label)", true},
    {'t', "ext_t", "Training and expertise", true},
    {'u', "ext_u", "Unknown support", false},
    {'w', "ext_w", "Weapons", true},
    {'x', "ext_x", "Troops as secondary warring party", true},
    {'y', "ext_y", "Access to military or intelligence infrastructure", true},
});
// clang-format on
static_assert(strictly_sorted(esd_table, &esd_support_type::code));

// ---------------------------------------------------------------------------
// Direct lookup tables for the short codes the importers look up on every
// row (CAMEO event and actor type codes, CAMEO/ISO alpha-3 and FIPS country
// codes): a code of a fixed number of characters from one alphabet is a
// number, and a table indexed by it holds the row + 1 (0: no such code).
// One load instead of a binary search of eight comparisons. Built at compile
// time; every key of the tables above must have such a number (checked), so
// that a code without one is known to be absent.

// The number of `code` as `length` characters of [first, first + radix), or -1.
constexpr int dense_number(std::string_view code, std::size_t length, char first, int radix) noexcept {
  if (code.size() != length) return -1;
  int n = 0;
  for (const char c : code) {
    const int d = static_cast<unsigned char>(c) - static_cast<unsigned char>(first);
    if (d < 0 || d >= radix) return -1;
    n = n * radix + d;
  }
  return n;
}

constexpr int letters3(std::string_view code) noexcept {
  return dense_number(code, 3, 'A', 26);
}
constexpr int letters2(std::string_view code) noexcept {
  return dense_number(code, 2, 'A', 26);
}

// A CAMEO event code of 2, 3 or 4 digits as one number: 0-99, 100-1099, 1100-11099; -1 otherwise.
constexpr int cameo_number(std::string_view code) noexcept {
  switch (code.size()) {
    case 2:
      return dense_number(code, 2, '0', 10);
    case 3: {
      const int n = dense_number(code, 3, '0', 10);
      return n < 0 ? -1 : 100 + n;
    }
    case 4: {
      const int n = dense_number(code, 4, '0', 10);
      return n < 0 ? -1 : 1100 + n;
    }
    default:
      return -1;
  }
}
constexpr std::size_t cameo_numbers = 11100;

template <class Row, std::size_t Rows, std::size_t Slots, class Proj, class Number>
constexpr bool all_dense(const std::array<Row, Rows>& table, Proj proj, Number number) {
  for (const auto& row : table) {
    const std::string_view key = std::invoke(proj, row);
    if (!key.empty() && (number(key) < 0 || static_cast<std::size_t>(number(key)) >= Slots)) return false;
  }
  return true;
}

// Slot -> row + 1 of `table` by the key `proj`.
template <std::size_t Slots, class Row, std::size_t Rows, class Proj, class Number>
constexpr std::array<std::uint16_t, Slots> dense_index(const std::array<Row, Rows>& table, Proj proj, Number number) {
  static_assert(Rows < 0xFFFF);
  std::array<std::uint16_t, Slots> slots{};
  for (std::size_t i = 0; i < Rows; ++i) {
    const std::string_view key = std::invoke(proj, table[i]);
    if (!key.empty()) slots[static_cast<std::size_t>(number(key))] = static_cast<std::uint16_t>(i + 1);
  }
  return slots;
}

static_assert(all_dense<cameo_event, cameo_table.size(), cameo_numbers>(cameo_table, &cameo_event::code, cameo_number));
static_assert(all_dense<cameo_actor_type, actor_type_table.size(), 26 * 26 * 26>(actor_type_table,
                                                                                 &cameo_actor_type::code, letters3));
static_assert(all_dense<country, country_table.size(), 26 * 26 * 26>(country_table, &country::alpha3, letters3));
static_assert(all_dense<country, country_table.size(), 26 * 26>(country_table, &country::fips, letters2));
static_assert(all_dense<code_alias, cameo_country_alias_table.size(), 26 * 26 * 26>(cameo_country_alias_table,
                                                                                    &code_alias::code, letters3));
static_assert(all_dense<code_alias, fips_alias_table.size(), 26 * 26>(fips_alias_table, &code_alias::code, letters2));

// CAMEO event code -> the row of the code or of its nearest listed parent
// ("1234" unlisted: "123", then "12").
constexpr auto cameo_or_parent_slots = [] {
  auto slots = dense_index<cameo_numbers>(cameo_table, &cameo_event::code, cameo_number);
  for (int n = 100; n < static_cast<int>(cameo_numbers); ++n) {
    if (slots[static_cast<std::size_t>(n)] != 0) continue;
    const int parent = n < 1100 ? (n - 100) / 10 : 100 + (n - 1100) / 10;
    slots[static_cast<std::size_t>(n)] = slots[static_cast<std::size_t>(parent)];
  }
  return slots;
}();
constexpr auto actor_type_slots = dense_index<26 * 26 * 26>(actor_type_table, &cameo_actor_type::code, letters3);
constexpr auto alpha3_slots = dense_index<26 * 26 * 26>(country_table, &country::alpha3, letters3);
// Alpha-3 and CAMEO's own country codes.
constexpr auto cameo_country_slots = [] {
  auto slots = alpha3_slots;
  for (const auto& a : cameo_country_alias_table)  // (a code of the table itself comes first)
    if (auto& slot = slots[static_cast<std::size_t>(letters3(a.code))]; slot == 0)
      slot = alpha3_slots[static_cast<std::size_t>(letters3(a.alpha3))];
  return slots;
}();
// FIPS 10-4 codes and the aliases of parts of an ISO entry.
constexpr auto fips_slots = [] {
  auto slots = dense_index<26 * 26>(country_table, &country::fips, letters2);
  for (const auto& a : fips_alias_table)  // (a code of the table itself comes first)
    if (auto& slot = slots[static_cast<std::size_t>(letters2(a.code))]; slot == 0)
      slot = alpha3_slots[static_cast<std::size_t>(letters3(a.alpha3))];
  return slots;
}();

// The row a slot names, or nullptr.
template <class Row, std::size_t Rows, std::size_t Slots>
const Row* dense_find(const std::array<Row, Rows>& table, const std::array<std::uint16_t, Slots>& slots,
                      int number) noexcept {
  if (number < 0) return nullptr;
  const auto row = slots[static_cast<std::size_t>(number)];
  return row == 0 ? nullptr : &table[row - 1u];
}

}  // namespace

// ---------------------------------------------------------------------------
// CAMEO

std::string_view quad_class_name(std::uint8_t quad_class) noexcept {
  switch (quad_class) {
    case verbal_cooperation:
      return "verbal cooperation";
    case material_cooperation:
      return "material cooperation";
    case verbal_conflict:
      return "verbal conflict";
    case material_conflict:
      return "material conflict";
    default:
      return {};
  }
}

const cameo_event* find_cameo_event(std::string_view code) noexcept {
  const auto* e = find_cameo_event_or_parent(code);
  return e != nullptr && e->code == code ? e : nullptr;
}

const cameo_event* find_cameo_event_or_parent(std::string_view code) noexcept {
  if (const int n = cameo_number(code); n >= 0) return dense_find(cameo_table, cameo_or_parent_slots, n);
  // Not all digits: only a prefix of digits can be listed.
  if (code.size() < 2 || code.size() > 4) return nullptr;
  for (code.remove_suffix(1); code.size() >= 2; code.remove_suffix(1))
    if (const int n = cameo_number(code); n >= 0) return dense_find(cameo_table, cameo_or_parent_slots, n);
  return nullptr;
}

std::span<const cameo_event> cameo_events() noexcept {
  return cameo_table;
}

const cameo_actor_type* find_cameo_actor_type(std::string_view code) noexcept {
  return dense_find(actor_type_table, actor_type_slots, letters3(code));
}

std::span<const cameo_actor_type> cameo_actor_types() noexcept {
  return actor_type_table;
}

const cameo_region* find_cameo_region(std::string_view code) noexcept {
  return find_sorted(region_table, code, &cameo_region::code);
}

std::span<const cameo_region> cameo_regions() noexcept {
  return region_table;
}

// ---------------------------------------------------------------------------
// Countries

const country* find_country_alpha3(std::string_view code) noexcept {
  return dense_find(country_table, alpha3_slots, letters3(code));
}

const country* find_country_cameo(std::string_view code) noexcept {
  return dense_find(country_table, cameo_country_slots, letters3(code));
}

const country* find_country_alpha2(std::string_view code) noexcept {
  return find_indexed(by_alpha2, code, &country::alpha2, less_code{});
}

const country* find_country_fips(std::string_view code) noexcept {
  return dense_find(country_table, fips_slots, letters2(code));
}

const country* find_country_numeric(std::uint16_t numeric) noexcept {
  if (numeric == 0) return nullptr;
  return find_indexed(by_numeric, numeric, &country::numeric, std::less<>{});
}

const country* find_country_name(std::string_view name) noexcept {
  if (name.empty()) return nullptr;
  if (const auto* c = find_indexed(by_name, name, &country::name, less_ci{})) return c;
  if (const auto* v = find_sorted(name_variant_table, name, &country_name_variant::name, less_ci{}))
    return find_country_alpha3(v->alpha3);
  return nullptr;
}

std::span<const country> countries() noexcept {
  return country_table;
}

std::span<const country_name_variant> country_name_variants() noexcept {
  return name_variant_table;
}

// ---------------------------------------------------------------------------
// ACLED

const acled_event* find_acled_event(std::string_view event_type, std::string_view sub_event_type) noexcept {
  if (event_type.empty()) return nullptr;
  if (const auto* e = find_sorted(acled_table, std::pair{event_type, sub_event_type}, acled_key, less_acled{}))
    return e;
  if (const auto* generic =
          find_sorted(acled_table, std::pair{event_type, std::string_view{}}, acled_key, less_acled{}))
    return generic;
  if (const auto* old = find_sorted(acled_legacy_table, event_type, &acled_legacy::old_event_type, less_ci{}))
    return find_sorted(acled_table, std::pair{old->event_type, old->sub_event_type}, acled_key, less_acled{});
  return nullptr;
}

std::span<const acled_event> acled_events() noexcept {
  return acled_table;
}

const acled_inter* find_acled_inter(std::uint8_t code) noexcept {
  return code < acled_inter_table.size() ? &acled_inter_table[code] : nullptr;
}

const acled_inter* find_acled_inter_label(std::string_view label) noexcept {
  if (label.empty()) return nullptr;
  for (const auto& i : acled_inter_table)  // nine rows: a scan is as fast as a search
    if (compare_ci(i.label, label) == 0 || compare_ci(i.api_label, label) == 0) return &i;
  return nullptr;
}

std::span<const acled_inter> acled_inters() noexcept {
  return acled_inter_table;
}

acled_interaction split_acled_interaction(unsigned code) noexcept {
  const unsigned first = code / 10;
  const unsigned second = code % 10;
  if (first < 1 || first > 8 || second > 8) return {};
  return {static_cast<std::uint8_t>(first), static_cast<std::uint8_t>(second), true};
}

// ---------------------------------------------------------------------------
// UCDP

const ucdp_violence* find_ucdp_violence(std::uint8_t code) noexcept {
  return find_sorted(ucdp_violence_table, code, &ucdp_violence::code);
}

std::span<const ucdp_violence> ucdp_violence_types() noexcept {
  return ucdp_violence_table;
}

const esd_support_type* find_esd_support_type(char code) noexcept {
  return find_sorted(esd_table, static_cast<char>(lower(code)), &esd_support_type::code);
}

std::span<const esd_support_type> esd_support_types() noexcept {
  return esd_table;
}

}  // namespace faultline::coding
