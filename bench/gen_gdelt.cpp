// SPDX-License-Identifier: Apache-2.0
// Deterministic generator of GDELT 2.0 event exports for the import benchmark
// (bench/run_import_bench.sh): 61 tab-separated columns, no header, LF line
// ends, the layout of ../shared/data/gdelt_v2_events_sample.
//
//   gen_gdelt --bytes N [--seed S] -o FILE
//   gen_gdelt --events N [--seed S] -o FILE
//
// Writes whole rows until the next one would pass N bytes (so the file is at
// most N bytes and within one row of it), or exactly N events, and prints
// `rows=R bytes=B codes=C file=FILE` on standard output (C: distinct actor
// codes used). With `-o -` the rows go to standard output and that line to
// standard error, so the rows can be piped straight into an import
// (bench/run_scale_bench.sh) without a file on disk.
//
// What the rows look like, modelled on the real 15-minute export in the
// shared sample (average row 398 bytes):
// - GLOBALEVENTID distinct and increasing (steps of 1 to 3); DATEADDED sweeps
//   2024 in 15-minute steps from the first row to the last; SQLDATE is
//   DATEADDED's day for 90% of the rows, else up to 30 (5%) or 365 days (5%)
//   earlier; MonthYear, Year and FractionDate agree with SQLDATE.
// - Actors: codes from a skewed (product of Zipf laws) distribution over
//   about 3,500 codes: a real CAMEO country code alone (IRQ, USA, ISR...),
//   country + CAMEO type (IRQMIL, USAGOV, SYRREB...), country + two types
//   (ISRGOVMIL), a type alone (GOV, BUS, MED...) and known groups (IGOUNO,
//   IGOEUREEC, PSEREBHMS, LBNREBHEZ, AFGINSTAL...), with the matching
//   CountryCode, KnownGroupCode and Type1/Type2 columns and names in GDELT's
//   style (UNITED STATES, BAGHDAD, PRIME MINISTER, POLICE). Actor1 is empty
//   in 5% of the rows, Actor2 in 10% (never both).
// - Events: the real CAMEO codes of GDELT's CAMEO.goldsteinscale.txt, root
//   codes drawn with the sample's frequencies, EventBaseCode and
//   EventRootCode the code's prefixes, QuadClass from the root code (01-05:
//   1, 06-09: 2, 10-14: 3, 15-20: 4), GoldsteinScale the code's value.
// - NumMentions/NumSources/NumArticles small skewed counts
//   (sources <= articles <= mentions), AvgTone a ratio like GDELT's
//   (100 * k / words, 14 significant digits).
// - Geography: the three blocks with real FIPS country codes, country
//   centroids (type 1), world cities with ADM1/ADM2 codes (type 4), US states
//   and cities (types 2 and 3), mostly in an actor's own country; the action
//   geography usually repeats an actor's; empty (type 0) for a missing actor.
// - SOURCEURL: news-site URLs of realistic length (about 90 bytes), the same
//   URL on runs of consecutive rows (one article, several events; 4.5 rows on
//   average, as in the sample).
//
// The random source is splitmix64, so a seed gives the same file on every
// platform. Not a test: never registered with CTest.
#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "splitmix64.hpp"

namespace {

using faultline::bench::splitmix64;

// A discrete distribution: cumulative weights, drawn by binary search.
struct weighted {
  std::vector<double> cumulative;
  void add(double w) { cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + w); }
  std::size_t draw(splitmix64& random) const {
    const double x = random.uniform() * cumulative.back();
    const auto k =
        static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
    return std::min(k, cumulative.size() - 1);
  }
};

double zipf(std::size_t rank, double exponent) {
  return std::pow(static_cast<double>(rank) + 1.0, -exponent);
}

// ---------------------------------------------------------------------------
// Tables

// A country: CAMEO (ISO alpha-3) code, GDELT actor names (upper case; the
// first is the country's), geography name, FIPS 10-4 code, centroid.
struct country_row {
  const char* cameo;
  const char* names;  // '|'-separated
  const char* geo_name;
  const char* fips;
  const char* lat;
  const char* lon;
};

// Roughly in order of how often GDELT mentions them.
// (The tables are laid out by hand.)
// clang-format off
constexpr country_row countries[] = {
    {"USA", "UNITED STATES|WASHINGTON|AMERICAN|THE US|CALIFORNIA", "United States", "US", "39.828175", "-98.5795"},
    {"GBR", "UNITED KINGDOM|BRITISH|LONDON|BRITAIN", "United Kingdom", "UK", "54", "-4"},
    {"CHN", "CHINA|CHINESE|BEIJING", "China", "CH", "35", "105"},
    {"RUS", "RUSSIA|RUSSIAN|MOSCOW|KREMLIN", "Russia", "RS", "60", "100"},
    {"IND", "INDIA|INDIAN|NEW DELHI", "India", "IN", "20", "77"},
    {"ISR", "ISRAEL|ISRAELI|JERUSALEM|TEL AVIV", "Israel", "IS", "31.5", "34.75"},
    {"AUS", "AUSTRALIA|AUSTRALIAN|CANBERRA", "Australia", "AS", "-27", "133"},
    {"IRN", "IRAN|IRANIAN|TEHRAN", "Iran", "IR", "32", "53"},
    {"SYR", "SYRIA|SYRIAN|DAMASCUS|ALEPPO", "Syria", "SY", "35", "38"},
    {"TUR", "TURKEY|TURKISH|ANKARA|ISTANBUL", "Turkey", "TU", "39", "35"},
    {"PAK", "PAKISTAN|PAKISTANI|ISLAMABAD", "Pakistan", "PK", "30", "70"},
    {"UKR", "UKRAINE|UKRAINIAN|KIEV", "Ukraine", "UP", "49", "32"},
    {"IRQ", "IRAQ|IRAQI|BAGHDAD|MOSUL", "Iraq", "IZ", "33", "44"},
    {"PSE", "PALESTINE|PALESTINIAN|GAZA|WEST BANK", "West Bank", "WE", "32", "35.25"},
    {"CAN", "CANADA|CANADIAN|OTTAWA", "Canada", "CA", "60", "-95"},
    {"DEU", "GERMANY|GERMAN|BERLIN", "Germany", "GM", "51", "9"},
    {"FRA", "FRANCE|FRENCH|PARIS", "France", "FR", "46", "2"},
    {"SAU", "SAUDI ARABIA|SAUDI|RIYADH", "Saudi Arabia", "SA", "25", "45"},
    {"JPN", "JAPAN|JAPANESE|TOKYO", "Japan", "JA", "36", "138"},
    {"AFG", "AFGHANISTAN|AFGHAN|KABUL", "Afghanistan", "AF", "33", "65"},
    {"NGA", "NIGERIA|NIGERIAN|ABUJA", "Nigeria", "NI", "10", "8"},
    {"LBN", "LEBANON|LEBANESE|BEIRUT", "Lebanon", "LE", "33.8333", "35.8333"},
    {"YEM", "YEMEN|YEMENI|SANAA", "Yemen", "YM", "15", "48"},
    {"EGY", "EGYPT|EGYPTIAN|CAIRO", "Egypt", "EG", "27", "30"},
    {"KOR", "SOUTH KOREA|SEOUL|KOREAN", "South Korea", "KS", "37", "127.5"},
    {"PRK", "NORTH KOREA|PYONGYANG", "North Korea", "KN", "40", "127"},
    {"PHL", "PHILIPPINES|PHILIPPINE|MANILA", "Philippines", "RP", "13", "122"},
    {"BGD", "BANGLADESH|DHAKA", "Bangladesh", "BG", "24", "90"},
    {"ZAF", "SOUTH AFRICA|PRETORIA|JOHANNESBURG", "South Africa", "SF", "-30", "26"},
    {"MEX", "MEXICO|MEXICAN|MEXICO CITY", "Mexico", "MX", "23", "-102"},
    {"KEN", "KENYA|KENYAN|NAIROBI", "Kenya", "KE", "1", "38"},
    {"IRL", "IRELAND|IRISH|DUBLIN", "Ireland", "EI", "53", "-8"},
    {"ESP", "SPAIN|SPANISH|MADRID", "Spain", "SP", "40", "-4"},
    {"ITA", "ITALY|ITALIAN|ROME", "Italy", "IT", "42.8333", "12.8333"},
    {"VEN", "VENEZUELA|VENEZUELAN|CARACAS", "Venezuela", "VE", "8", "-66"},
    {"SOM", "SOMALIA|SOMALI|MOGADISHU", "Somalia", "SO", "10", "49"},
    {"LBY", "LIBYA|LIBYAN|TRIPOLI", "Libya", "LY", "25", "17"},
    {"SDN", "SUDAN|SUDANESE|KHARTOUM", "Sudan", "SU", "15", "30"},
    {"BRA", "BRAZIL|BRAZILIAN|BRASILIA", "Brazil", "BR", "-10", "-55"},
    {"JOR", "JORDAN|JORDANIAN|AMMAN", "Jordan", "JO", "31", "36"},
    {"QAT", "QATAR|QATARI|DOHA", "Qatar", "QA", "25.5", "51.25"},
    {"ARE", "UNITED ARAB EMIRATES|EMIRATI|ABU DHABI|DUBAI", "United Arab Emirates", "AE", "24", "54"},
    {"IDN", "INDONESIA|INDONESIAN|JAKARTA", "Indonesia", "ID", "-5", "120"},
    {"MMR", "MYANMAR|BURMA|NAYPYIDAW", "Burma", "BM", "22", "98"},
    {"ETH", "ETHIOPIA|ETHIOPIAN|ADDIS ABABA", "Ethiopia", "ET", "8", "38"},
    {"LKA", "SRI LANKA|COLOMBO", "Sri Lanka", "CE", "7", "81"},
    {"POL", "POLAND|POLISH|WARSAW", "Poland", "PL", "52", "20"},
    {"TWN", "TAIWAN|TAIWANESE|TAIPEI", "Taiwan", "TW", "23.5", "121"},
    {"GHA", "GHANA|GHANAIAN|ACCRA", "Ghana", "GH", "8", "-2"},
    {"COL", "COLOMBIA|COLOMBIAN|BOGOTA", "Colombia", "CO", "4", "-72"},
    {"MLI", "MALI|MALIAN|BAMAKO", "Mali", "ML", "17", "-4"},
    {"SSD", "SOUTH SUDAN|JUBA", "South Sudan", "OD", "8", "30"},
    {"NZL", "NEW ZEALAND|WELLINGTON", "New Zealand", "NZ", "-41", "174"},
    {"THA", "THAILAND|THAI|BANGKOK", "Thailand", "TH", "15", "100"},
    {"VNM", "VIETNAM|VIETNAMESE|HANOI", "Vietnam", "VM", "16", "106"},
    {"MYS", "MALAYSIA|MALAYSIAN|KUALA LUMPUR", "Malaysia", "MY", "2.5", "112.5"},
    {"ARG", "ARGENTINA|BUENOS AIRES", "Argentina", "AR", "-34", "-64"},
    {"GRC", "GREECE|GREEK|ATHENS", "Greece", "GR", "39", "22"},
    {"NLD", "NETHERLANDS|DUTCH|AMSTERDAM", "Netherlands", "NL", "52.5", "5.75"},
    {"BEL", "BELGIUM|BELGIAN|BRUSSELS", "Belgium", "BE", "50.8333", "4"},
    {"CHE", "SWITZERLAND|SWISS|GENEVA", "Switzerland", "SZ", "47", "8"},
    {"SWE", "SWEDEN|SWEDISH|STOCKHOLM", "Sweden", "SW", "62", "15"},
    {"UGA", "UGANDA|UGANDAN|KAMPALA", "Uganda", "UG", "1", "32"},
    {"COD", "DEMOCRATIC REPUBLIC OF CONGO|CONGOLESE|KINSHASA", "Congo, Democratic Republic of the", "CG", "0", "25"},
    {"ZWE", "ZIMBABWE|HARARE", "Zimbabwe", "ZI", "-20", "30"},
    {"CUB", "CUBA|CUBAN|HAVANA", "Cuba", "CU", "21.5", "-80"},
    {"NPL", "NEPAL|KATHMANDU", "Nepal", "NP", "28", "84"},
    {"AZE", "AZERBAIJAN|BAKU", "Azerbaijan", "AJ", "40.5", "47.5"},
    {"ARM", "ARMENIA|ARMENIAN|YEREVAN", "Armenia", "AM", "40", "45"},
    {"GEO", "GEORGIA|TBILISI", "Georgia", "GG", "42", "43.5"},
    {"BLR", "BELARUS|MINSK", "Belarus", "BO", "53", "28"},
    {"KAZ", "KAZAKHSTAN|ASTANA", "Kazakhstan", "KZ", "48", "68"},
    {"DZA", "ALGERIA|ALGERIAN|ALGIERS", "Algeria", "AG", "28", "3"},
    {"MAR", "MOROCCO|MOROCCAN|RABAT", "Morocco", "MO", "32", "-5"},
    {"TUN", "TUNISIA|TUNISIAN|TUNIS", "Tunisia", "TS", "34", "9"},
    {"NER", "NIGER|NIAMEY", "Niger", "NG", "16", "8"},
    {"BFA", "BURKINA FASO|OUAGADOUGOU", "Burkina Faso", "UV", "13", "-2"},
    {"TCD", "CHAD|NDJAMENA", "Chad", "CD", "15", "19"},
    {"CMR", "CAMEROON|YAOUNDE", "Cameroon", "CM", "6", "12"},
    {"MOZ", "MOZAMBIQUE|MAPUTO", "Mozambique", "MZ", "-18.25", "35"},
    {"KWT", "KUWAIT|KUWAITI", "Kuwait", "KU", "29.5", "47.75"},
    {"BHR", "BAHRAIN|MANAMA", "Bahrain", "BA", "26", "50.5"},
    {"OMN", "OMAN|MUSCAT", "Oman", "MU", "21", "57"},
};
constexpr std::size_t country_count = std::size(countries);

// A place below country level: geo type (4 world city, 3 US city, 2 US
// state), full name, ADM1, ADM2, coordinates, feature id.
struct place_row {
  const char* fips;
  char type;
  const char* full_name;
  const char* adm1;
  const char* adm2;
  const char* lat;
  const char* lon;
  const char* feature;
};

constexpr place_row places[] = {
    {"US", '3', "Washington, District of Columbia, United States", "USDC", "", "38.8951", "-77.0364", "531871"},
    {"US", '3', "New York, New York, United States", "USNY", "", "40.7143", "-74.006", "975772"},
    {"US", '3', "Los Angeles, California, United States", "USCA", "", "34.0522", "-118.244", "1662328"},
    {"US", '3', "Chicago, Illinois, United States", "USIL", "", "41.85", "-87.6501", "423587"},
    {"US", '3', "Houston, Texas, United States", "USTX", "", "29.7633", "-95.3633", "1380948"},
    {"US", '3', "Ville Platte, Louisiana, United States", "USLA", "", "30.688", "-92.2715", "1630022"},
    {"US", '2', "California, United States", "USCA", "", "36.17", "-119.746", "CA"},
    {"US", '2', "Texas, United States", "USTX", "", "31.106", "-97.6475", "TX"},
    {"US", '2', "Florida, United States", "USFL", "", "27.8333", "-81.717", "FL"},
    {"US", '2', "Minnesota, United States", "USMN", "", "45.7326", "-93.9196", "MN"},
    {"US", '2', "Washington, United States", "USWA", "", "47.3917", "-121.571", "WA"},
    {"UK", '4', "London, London, City of, United Kingdom", "UKH9", "40110", "51.5", "-0.116667", "-2601889"},
    {"UK", '4', "Manchester, Manchester, United Kingdom", "UKI2", "40129", "53.5", "-2.21667", "-2602512"},
    {"CH", '4', "Beijing, Beijing, China", "CH22", "13001", "39.9289", "116.388", "-1898541"},
    {"CH", '4', "Shanghai, Shanghai, China", "CH23", "13134", "31.2222", "121.458", "-1924465"},
    {"RS", '4', "Moscow, Moskva, Russia", "RS48", "25716", "55.7522", "37.6156", "-2960561"},
    {"IN", '4', "New Delhi, Delhi, India", "IN07", "17611", "28.6", "77.2", "-2106102"},
    {"IN", '4', "Mumbai, Maharashtra, India", "IN16", "17796", "18.975", "72.8258", "-2097130"},
    {"IN", '4', "Chandipur, Orissa, India", "IN21", "70207", "21.4667", "87.0167", "-2092776"},
    {"IS", '4', "Jerusalem, Israel (general), Israel", "IS00", "18321", "31.7833", "35.2167", "-797156"},
    {"IS", '4', "Tel Aviv, Tel Aviv, Israel", "IS05", "18326", "32.0667", "34.7667", "-781545"},
    {"AS", '4', "Sydney, New South Wales, Australia", "AS02", "4910", "-33.8833", "151.217", "-1603135"},
    {"AS", '4', "Stanwell, Queensland, Australia", "AS04", "154688", "-23.4833", "150.317", "-1601989"},
    {"IR", '4', "Tehran, Tehran, Iran", "IR26", "18247", "35.6719", "51.4244", "10074674"},
    {"SY", '4', "Damascus, Dimashq, Syria", "SY13", "37599", "33.5", "36.3", "-3004223"},
    {"SY", '4', "Aleppo, Halab, Syria", "SY09", "37592", "36.2028", "37.1586", "-2980960"},
    {"SY", '4', "Idlib, Idlib, Syria", "SY10", "37594", "35.9306", "36.6339", "-2990290"},
    {"TU", '4', "Ankara, Ankara, Turkey", "TU68", "40405", "39.9272", "32.8644", "-743439"},
    {"TU", '4', "Istanbul, Istanbul, Turkey", "TU34", "40436", "41.0186", "28.9647", "-755717"},
    {"PK", '4', "Islamabad, Islamabad, Pakistan", "PK08", "23041", "33.7", "73.1667", "-2762795"},
    {"PK", '4', "Karachi, Sindh, Pakistan", "PK05", "23047", "24.9056", "67.0822", "-2764826"},
    {"UP", '4', "Kiev, Kyyiv, Misto, Ukraine", "UP12", "41305", "50.4333", "30.5167", "-1044367"},
    {"UP", '4', "Donetsk, Donets'ka Oblast', Ukraine", "UP09", "41294", "48", "37.8", "-1034911"},
    {"IZ", '4', "Baghdad, Baghdad, Iraq", "IZ07", "18295", "33.3386", "44.3939", "-3071729"},
    {"IZ", '4', "Mosul, Ninawa, Iraq", "IZ15", "18303", "36.335", "43.1189", "-3078125"},
    {"IZ", '4', "Basra, Al Basrah, Iraq", "IZ02", "18280", "30.5", "47.8167", "-3071214"},
    {"WE", '4', "Ramallah, West Bank (general), West Bank", "WE00", "43166", "31.9", "35.2", "-1973541"},
    {"WE", '4', "Gaza, Israel (general), Israel", "IS00", "18321", "31.5", "34.4667", "-787031"},
    {"CA", '4', "Toronto, Ontario, Canada", "CA08", "12686", "43.6667", "-79.4167", "-574890"},
    {"CA", '4', "Ottawa, Ontario, Canada", "CA08", "12686", "45.4167", "-75.7", "-570760"},
    {"GM", '4', "Berlin, Berlin, Germany", "GM16", "15853", "52.5167", "13.4", "-1746443"},
    {"FR", '4', "Paris, France (general), France", "FR00", "15525", "48.8667", "2.33333", "-1456928"},
    {"SA", '4', "Riyadh, Ar Riyad, Saudi Arabia", "SA10", "26337", "24.6408", "46.7728", "-3101327"},
    {"JA", '4', "Tokyo, Tokyo, Japan", "JA40", "19543", "35.685", "139.751", "-246227"},
    {"AF", '4', "Kabul, Kabol, Afghanistan", "AF13", "3580", "34.5167", "69.1833", "-3378435"},
    {"AF", '4', "Kandahar, Kandahar, Afghanistan", "AF23", "3591", "31.6133", "65.7101", "-3378933"},
    {"NI", '4', "Abuja, Federal Capital Territory, Nigeria", "NI11", "22005", "9.08333", "7.53333", "-1998941"},
    {"NI", '4', "Maiduguri, Borno, Nigeria", "NI27", "22012", "11.8464", "13.1603", "-2020386"},
    {"LE", '4', "Beirut, Beyrouth, Lebanon", "LE04", "20446", "33.8719", "35.5097", "-801546"},
    {"YM", '4', "Sanaa, Amanat Al Asimah, Yemen", "YM26", "44097", "15.3547", "44.2067", "-3210391"},
    {"YM", '4', "Aden, Adan, Yemen", "YM02", "44081", "12.7794", "45.0367", "-3195768"},
    {"EG", '4', "Cairo, Al Qahirah, Egypt", "EG11", "15230", "30.05", "31.25", "-290692"},
    {"KS", '4', "Seoul, Seoul-t'ukpyolsi, South Korea", "KS11", "20069", "37.5664", "127", "-716583"},
    {"RP", '4', "Manila, Manila, Philippines", "RPD9", "24029", "14.6042", "120.982", "-2437790"},
    {"BG", '4', "Dhaka, Dhaka, Bangladesh", "BG81", "4959", "23.7231", "90.4086", "-2182637"},
    {"MX", '4', "Mexico City, Distrito Federal, Mexico", "MX09", "21046", "19.4342", "-99.1386", "-1658079"},
    {"KE", '4', "Nairobi, Nairobi Area, Kenya", "KE05", "19822", "-1.28333", "36.8167", "-1217862"},
    {"SO", '4', "Mogadishu, Banaadir, Somalia", "SO02", "27091", "2.06667", "45.3667", "-1474447"},
    {"SU", '4', "Khartoum, Khartoum, Sudan", "SU29", "28121", "15.5881", "32.5342", "-2862787"},
    {"LY", '4', "Tripoli, Tarabulus, Libya", "LY61", "20663", "32.8925", "13.18", "-2211013"},
    {"VE", '4', "Caracas, Distrito Federal, Venezuela", "VE25", "43010", "10.5", "-66.9167", "-2028185"},
    {"BR", '4', "Brasilia, Distrito Federal, Brazil", "BR07", "5611", "-15.7833", "-47.9167", "-594806"},
    {"SF", '4', "Johannesburg, Gauteng, South Africa", "SF06", "77308", "-26.2", "28.0833", "-1250032"},
    {"EI", '4', "Dublin, Dublin, Ireland", "EI07", "18159", "53.3331", "-6.24889", "-1502554"},
};

// CAMEO actor types, with GDELT-style names, roughly by frequency.
struct type_row {
  const char* code;
  const char* names;  // '|'-separated
};

constexpr type_row types[] = {
    {"GOV", "GOVERNMENT|PRESIDENT|PRIME MINISTER|MINISTRY|AUTHORITIES|FOREIGN MINISTER|CABINET|GOVERNOR|OFFICIALS"},
    {"MIL", "MILITARY|ARMY|TROOPS|SOLDIER|ARMED FORCES|AIR FORCE|NAVY"},
    {"BUS", "COMPANY|BUSINESS|BANK|INDUSTRY|COMPANIES|FIRM|INVESTOR"},
    {"COP", "POLICE|POLICE OFFICER|POLICEMAN|SECURITY FORCES|PATROL"},
    {"MED", "MEDIA|JOURNALIST|NEWSPAPER|REPORTER|TELEVISION"},
    {"CVL", "CIVILIAN|COMMUNITY|RESIDENT|CHILDREN|WOMEN|VILLAGER|PEOPLE"},
    {"JUD", "COURT|JUDGE|ATTORNEY|LAWYER|PROSECUTOR|DISTRICT COURT"},
    {"EDU", "STUDENT|UNIVERSITY|SCHOOL|TEACHER|PROFESSOR"},
    {"LEG", "PARLIAMENT|CONGRESS|LAWMAKER|SENATE|SENATOR|LEGISLATURE"},
    {"OPP", "OPPOSITION|PROTESTER|ACTIVIST|DISSIDENT|OPPOSITION LEADER"},
    {"REB", "REBEL|INSURGENT|MILITANT|ARMED GROUP|FIGHTER"},
    {"CRM", "CRIMINAL|GANG|SMUGGLER|THIEF|SUSPECT"},
    {"HLH", "HOSPITAL|DOCTOR|HEALTH OFFICIAL|HEALTH MINISTRY"},
    {"SPY", "INTELLIGENCE|SPY|SECRET SERVICE|INTELLIGENCE AGENCY"},
    {"REF", "REFUGEE|MIGRANT|DISPLACED PERSON|ASYLUM SEEKER"},
    {"LAB", "WORKER|UNION|LABOUR UNION|EMPLOYEE"},
    {"AGR", "FARMER|FARMERS|AGRICULTURE MINISTRY"},
    {"ELI", "ELITE|CELEBRITY|BILLIONAIRE"},
    {"INS", "INSURGENT|INSURGENTS|GUERRILLA"},
    {"HRI", "HUMAN RIGHTS GROUP|HUMAN RIGHTS ACTIVIST|RIGHTS GROUP"},
    {"NGO", "AID GROUP|CHARITY|AID WORKER|NON-GOVERNMENTAL ORGANIZATION"},
    {"SEP", "SEPARATIST|SEPARATISTS"},
};
constexpr std::size_t type_count = std::size(types);

// Known groups: code, name, country code, known-group code, type 1.
struct group_row {
  const char* code;
  const char* name;
  const char* country;
  const char* group;
  const char* type1;
};

constexpr group_row groups[] = {
    {"IGOUNO", "UNITED NATIONS", "", "UNO", "IGO"},
    {"IGOEUREEC", "EUROPEAN UNION", "EUR", "EEC", "IGO"},
    {"IGOWSTNAT", "NATO", "WST", "NAT", "IGO"},
    {"IGOAFRAFU", "AFRICAN UNION", "AFR", "AFU", "IGO"},
    {"IGOMEAARL", "ARAB LEAGUE", "MEA", "ARL", "IGO"},
    {"IGOUNODEV", "UNESCO", "", "UNO", "IGO"},
    {"PSEREBHMS", "HAMAS", "PSE", "HMS", "REB"},
    {"LBNREBHEZ", "HEZBOLLAH", "LBN", "HEZ", "REB"},
    {"AFGINSTAL", "TALIBAN", "AFG", "TAL", "INS"},
    {"NGOHRIAMN", "AMNESTY INTERNATIONAL", "", "AMN", "NGO"},
    {"NGOIRC", "RED CROSS", "", "IRC", "NGO"},
};

// CAMEO event codes of 3 and 4 digits with their Goldstein values (GDELT's
// CAMEO.goldsteinscale.txt), in code order.
struct event_row {
  const char* code;
  const char* goldstein;
};

constexpr event_row events[] = {
    {"010", "0.0"},   {"011", "-0.1"},  {"012", "-0.4"},  {"013", "0.4"},   {"014", "0.0"},   {"015", "0.0"},
    {"016", "-2.0"},  {"017", "0.0"},   {"018", "3.4"},   {"019", "3.4"},   {"020", "3.0"},   {"021", "3.4"},
    {"0211", "3.4"},  {"0212", "3.4"},  {"0213", "3.4"},  {"0214", "3.4"},  {"022", "3.2"},   {"023", "3.4"},
    {"0231", "3.4"},  {"0232", "3.4"},  {"0233", "3.4"},  {"0234", "3.4"},  {"024", "-0.3"},  {"0241", "-0.3"},
    {"0242", "-0.3"}, {"0243", "-0.3"}, {"0244", "-0.3"}, {"025", "-0.3"},  {"0251", "-0.3"}, {"0252", "-0.3"},
    {"0253", "-0.3"}, {"0254", "-0.3"}, {"0255", "-0.3"}, {"0256", "-0.3"}, {"026", "4.0"},   {"027", "4.0"},
    {"028", "4.0"},   {"030", "4.0"},   {"031", "5.2"},   {"0311", "5.2"},  {"0312", "5.2"},  {"0313", "5.2"},
    {"0314", "5.2"},  {"032", "4.5"},   {"033", "5.2"},   {"0331", "5.2"},  {"0332", "5.2"},  {"0333", "5.2"},
    {"0334", "6.0"},  {"034", "7.0"},   {"0341", "7.0"},  {"0342", "7.0"},  {"0343", "7.0"},  {"0344", "7.0"},
    {"035", "7.0"},   {"0351", "7.0"},  {"0352", "7.0"},  {"0353", "7.0"},  {"0354", "7.0"},  {"0355", "7.0"},
    {"0356", "7.0"},  {"036", "4.0"},   {"037", "5.0"},   {"038", "7.0"},   {"039", "5.0"},   {"040", "1.0"},
    {"041", "1.0"},   {"042", "1.9"},   {"043", "2.8"},   {"044", "2.5"},   {"045", "5.0"},   {"046", "7.0"},
    {"050", "3.5"},   {"051", "3.4"},   {"052", "3.5"},   {"053", "3.8"},   {"054", "6.0"},   {"055", "7.0"},
    {"056", "7.0"},   {"057", "8.0"},   {"060", "6.0"},   {"061", "6.4"},   {"062", "7.4"},   {"063", "7.4"},
    {"064", "7.0"},   {"070", "7.0"},   {"071", "7.4"},   {"072", "8.3"},   {"073", "7.4"},   {"074", "8.5"},
    {"075", "7.0"},   {"080", "5.0"},   {"081", "5.0"},   {"0811", "5.0"},  {"0812", "5.0"},  {"0813", "5.0"},
    {"0814", "5.0"},  {"082", "5.0"},   {"083", "5.0"},   {"0831", "5.0"},  {"0832", "5.0"},  {"0833", "5.0"},
    {"0834", "5.0"},  {"084", "7.0"},   {"0841", "7.0"},  {"0842", "7.0"},  {"085", "7.0"},   {"086", "9.0"},
    {"0861", "9.0"},  {"0862", "9.0"},  {"0863", "9.0"},  {"087", "9.0"},   {"0871", "9.0"},  {"0872", "9.0"},
    {"0873", "9.0"},  {"0874", "10.0"}, {"090", "-2.0"},  {"091", "-2.0"},  {"092", "-2.0"},  {"093", "-2.0"},
    {"094", "-2.0"},  {"100", "-5.0"},  {"101", "-5.0"},  {"1011", "-5.0"}, {"1012", "-5.0"}, {"1013", "-5.0"},
    {"1014", "-5.0"}, {"102", "-5.0"},  {"103", "-5.0"},  {"1031", "-5.0"}, {"1032", "-5.0"}, {"1033", "-5.0"},
    {"1034", "-5.0"}, {"104", "-5.0"},  {"1041", "-5.0"}, {"1042", "-5.0"}, {"1043", "-5.0"}, {"1044", "-5.0"},
    {"105", "-5.0"},  {"1051", "-5.0"}, {"1052", "-5.0"}, {"1053", "-5.0"}, {"1054", "-5.0"}, {"1055", "-5.0"},
    {"1056", "-5.0"}, {"106", "-5.0"},  {"107", "-5.0"},  {"108", "-5.0"},  {"110", "-2.0"},  {"111", "-2.0"},
    {"112", "-2.0"},  {"1121", "-2.0"}, {"1122", "-2.0"}, {"1123", "-2.0"}, {"1124", "-2.0"}, {"1125", "-2.0"},
    {"113", "-2.0"},  {"114", "-2.0"},  {"115", "-2.0"},  {"116", "-2.0"},  {"120", "-4.0"},  {"121", "-4.0"},
    {"1211", "-4.0"}, {"1212", "-4.0"}, {"122", "-4.0"},  {"1221", "-4.0"}, {"1222", "-4.0"}, {"1223", "-4.0"},
    {"1224", "-4.0"}, {"123", "-4.0"},  {"1231", "-4.0"}, {"1232", "-4.0"}, {"1233", "-4.0"}, {"1234", "-4.0"},
    {"124", "-4.0"},  {"1241", "-4.0"}, {"1242", "-4.0"}, {"1243", "-4.0"}, {"1244", "-4.0"}, {"1245", "-4.0"},
    {"1246", "-4.0"}, {"125", "-5.0"},  {"126", "-5.0"},  {"127", "-5.0"},  {"128", "-5.0"},  {"129", "-5.0"},
    {"130", "-4.4"},  {"131", "-5.8"},  {"1311", "-5.8"}, {"1312", "-5.8"}, {"1313", "-5.8"}, {"132", "-5.8"},
    {"1321", "-5.8"}, {"1322", "-5.8"}, {"1323", "-5.8"}, {"1324", "-5.8"}, {"133", "-5.8"},  {"134", "-5.8"},
    {"135", "-5.8"},  {"136", "-7.0"},  {"137", "-7.0"},  {"138", "-7.0"},  {"1381", "-7.0"}, {"1382", "-7.0"},
    {"1383", "-7.0"}, {"1384", "-7.0"}, {"1385", "-7.0"}, {"139", "-7.0"},  {"140", "-6.5"},  {"141", "-6.5"},
    {"1411", "-6.5"}, {"1412", "-6.5"}, {"1413", "-6.5"}, {"1414", "-6.5"}, {"142", "-6.5"},  {"1421", "-6.5"},
    {"1422", "-6.5"}, {"1423", "-6.5"}, {"1424", "-6.5"}, {"143", "-6.5"},  {"1431", "-6.5"}, {"1432", "-6.5"},
    {"1433", "-6.5"}, {"1434", "-6.5"}, {"144", "-7.5"},  {"1441", "-7.5"}, {"1442", "-7.5"}, {"1443", "-7.5"},
    {"1444", "-7.5"}, {"145", "-7.5"},  {"1451", "-7.5"}, {"1452", "-7.5"}, {"1453", "-7.5"}, {"1454", "-7.5"},
    {"150", "-7.2"},  {"151", "-7.2"},  {"152", "-7.2"},  {"153", "-7.2"},  {"154", "-7.2"},  {"160", "-4.0"},
    {"161", "-4.0"},  {"162", "-5.6"},  {"1621", "-5.6"}, {"1622", "-5.6"}, {"1623", "-5.6"}, {"163", "-8.0"},
    {"164", "-7.0"},  {"165", "-6.5"},  {"166", "-7.0"},  {"1661", "-7.0"}, {"1662", "-7.0"}, {"1663", "-7.0"},
    {"170", "-7.0"},  {"171", "-9.2"},  {"1711", "-9.2"}, {"1712", "-9.2"}, {"172", "-5.0"},  {"1721", "-5.0"},
    {"1722", "-5.0"}, {"1723", "-5.0"}, {"1724", "-5.0"}, {"173", "-5.0"},  {"174", "-5.0"},  {"175", "-9.0"},
    {"180", "-9.0"},  {"181", "-9.0"},  {"182", "-9.5"},  {"1821", "-9.0"}, {"1822", "-9.0"}, {"1823", "-10.0"},
    {"183", "-10.0"}, {"1831", "-10.0"}, {"1832", "-10.0"}, {"1833", "-10.0"}, {"184", "-8.0"}, {"185", "-8.0"},
    {"186", "-10.0"}, {"190", "-10.0"}, {"191", "-9.5"},  {"192", "-9.5"},  {"193", "-10.0"}, {"194", "-10.0"},
    {"195", "-10.0"}, {"196", "-9.5"},  {"200", "-10.0"}, {"201", "-9.5"},  {"202", "-10.0"}, {"203", "-10.0"},
    {"204", "-10.0"}, {"2041", "-10.0"}, {"2042", "-10.0"},
};

// Rows per root code 01..20 in the sample (root 20, absent there, gets 3).
constexpr double root_weights[20] = {252, 117, 90, 350, 137, 52, 26, 55, 40, 23,
                                     93,  45,  21, 11,  10,  15, 73, 21, 109, 3};

constexpr const char* domains[] = {
    "www.reuters.com",         "www.msn.com",           "nation.com.pk",        "www.bssnews.net",
    "original.antiwar.com",    "www.theguardian.com",   "www.aljazeera.com",    "www.timesofisrael.com",
    "www.dailymail.co.uk",     "www.express.co.uk",     "www.hindustantimes.com", "www.jpost.com",
    "www.washingtonpost.com",  "www.nytimes.com",       "www.bbc.co.uk",        "www.independent.co.uk",
    "www.theamericanconservative.com", "www.aa.com.tr", "www.middleeasteye.net", "www.arabnews.com",
    "www.dawn.com",            "www.thehindu.com",      "www.abc.net.au",       "www.smh.com.au",
    "www.cbc.ca",              "www.foxnews.com",       "www.cnn.com",          "www.npr.org",
    "www.rudaw.net",           "www.kurdistan24.net",   "www.presstv.com",      "www.tasnimnews.com",
    "www.yenisafak.com",       "www.dailysabah.com",    "www.sify.com",         "menafn.com",
    "www.inquisitr.com",       "www.ozy.com",           "kaplanherald.com",     "www.gympietimes.com.au",
    "www.newsradioklbj.com",   "jonathanturley.org",    "www.premiumtimesng.com", "www.vanguardngr.com",
    "www.standardmedia.co.ke", "allafrica.com",         "www.news24.com",       "www.scmp.com",
    "www.straitstimes.com",    "www.japantimes.co.jp",  "www.koreaherald.com",  "www.rferl.org",
    "www.kyivpost.com",        "www.themoscowtimes.com", "www.france24.com",    "www.dw.com",
    "www.thenationalnews.com", "www.khaleejtimes.com",  "www.yahoo.com",        "www.startribune.com",
};

constexpr const char* sections[] = {"news",     "world",   "politics", "middle-east", "national", "asia",
                                    "africa",   "europe",  "us-news",  "business",    "local",    "opinion",
                                    "security", "defence", "article",  "story"};

constexpr const char* words[] = {
    "government", "minister",  "president",  "police",    "military",   "forces",    "attack",    "talks",
    "peace",      "election",  "protest",    "security",  "border",     "rebels",    "ceasefire", "strike",
    "killed",     "wounded",   "official",   "says",      "warns",      "calls",     "meets",     "visit",
    "deal",       "sanctions", "report",     "court",     "trial",      "arrested",  "accused",   "opposition",
    "parliament", "vote",      "crisis",     "aid",       "refugees",   "villagers", "clashes",   "militants",
    "army",       "drone",     "airstrike",  "rocket",    "missile",    "troops",    "embassy",   "envoy",
    "agreement",  "summit",    "leaders",    "urges",     "rejects",    "condemns",  "denies",    "claims",
    "new",        "after",     "over",       "amid",      "against",    "with",      "for",       "in",
    "the",        "of",        "to",         "on",        "from",       "year",      "week",      "city",
    "region",     "province",  "capital",    "northern",  "southern",   "eastern",   "western",   "local",
    "iraq",       "israel",    "iran",       "syria",     "gaza",       "yemen",     "lebanon",   "ukraine",
    "russia",     "china",     "trump",      "biden",     "un",         "eu",        "nato",      "washington",
};
// clang-format on

// ---------------------------------------------------------------------------
// Formatting

struct row_writer {
  std::string& out;
  void text(std::string_view s) { out.append(s); }
  void tab() { out.push_back('\t'); }
  void field(std::string_view s) {
    out.append(s);
    out.push_back('\t');
  }
  void number(std::uint64_t v) {
    char b[24];
    out.append(b, std::to_chars(b, b + sizeof b, v).ptr);
  }
  void fixed(double v, int digits) {
    char b[48];
    out.append(b, std::to_chars(b, b + sizeof b, v, std::chars_format::fixed, digits).ptr);
  }
  void general(double v, int digits) {
    char b[48];
    out.append(b, std::to_chars(b, b + sizeof b, v, std::chars_format::general, digits).ptr);
  }
  void digits(unsigned v, int width) {  // zero-padded
    char b[8];
    for (int i = width - 1; i >= 0; --i, v /= 10)
      b[i] = static_cast<char>('0' + v % 10);
    out.append(b, static_cast<std::size_t>(width));
  }
};

std::vector<std::string_view> split(const char* names) {
  std::vector<std::string_view> parts;
  std::string_view s(names);
  for (std::size_t p = 0;;) {
    const auto bar = s.find('|', p);
    parts.push_back(s.substr(p, bar == std::string_view::npos ? std::string_view::npos : bar - p));
    if (bar == std::string_view::npos) break;
    p = bar + 1;
  }
  return parts;
}

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
struct ymd {
  int y;
  unsigned m, d;
};
ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned long doe = static_cast<unsigned long>(z - era * 146097);
  const unsigned long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned long mp = (5 * doy + 2) / 153;
  const unsigned d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const unsigned m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2)), m, d};
}
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// ---------------------------------------------------------------------------
// The actor universe

struct actor_code {
  std::string code;
  std::vector<std::string_view> names;
  std::string_view country, group, type1, type2;
  int home = -1;  // index into countries, or -1
};

struct universe {
  std::vector<actor_code> actors;
  weighted pick;
};

universe make_universe() {
  universe u;
  struct candidate {
    actor_code a;
    double weight;
  };
  std::vector<candidate> all;
  // Type weights: Zipf over the table's order.
  std::vector<double> tw(type_count);
  double tsum = 0;
  for (std::size_t t = 0; t < type_count; ++t)
    tsum += tw[t] = zipf(t, 1.0);
  for (auto& w : tw)
    w /= tsum;
  double csum = 0;
  std::vector<double> cw(country_count);
  for (std::size_t c = 0; c < country_count; ++c)
    csum += cw[c] = zipf(c, 1.1);
  for (auto& w : cw)
    w /= csum;
  // Shares of the actor mass: country alone 0.38, country + type 0.27,
  // country + two types 0.04, type alone 0.28, known groups 0.03.
  for (std::size_t c = 0; c < country_count; ++c) {
    const auto& k = countries[c];
    const auto cnames = split(k.names);
    actor_code a;
    a.code = k.cameo;
    a.names = cnames;
    a.country = k.cameo;
    a.home = static_cast<int>(c);
    all.push_back({a, 0.38 * cw[c]});
    for (std::size_t t = 0; t < type_count; ++t) {
      actor_code b;
      b.code = std::string(k.cameo) + types[t].code;
      b.names = split(types[t].names);
      b.names.push_back(cnames[0]);  // "IRAQ" for IRQGOV, as GDELT often names it
      b.country = k.cameo;
      b.type1 = types[t].code;
      b.home = static_cast<int>(c);
      all.push_back({b, 0.27 * cw[c] * tw[t]});
      // Two types: the first five types combined with the next eight.
      if (t < 5) {
        for (std::size_t t2 = 0; t2 < 8; ++t2) {
          if (t2 == t) continue;
          actor_code d = b;
          d.code += types[t2].code;
          d.type2 = types[t2].code;
          all.push_back({d, 0.04 * cw[c] * tw[t] * tw[t2] / 0.5});
        }
      }
    }
  }
  for (std::size_t t = 0; t < type_count; ++t) {
    actor_code a;
    a.code = types[t].code;
    a.names = split(types[t].names);
    a.type1 = types[t].code;
    all.push_back({a, 0.28 * tw[t]});
  }
  for (std::size_t g = 0; g < std::size(groups); ++g) {
    actor_code a;
    a.code = groups[g].code;
    a.names = {groups[g].name};
    a.country = groups[g].country;
    a.group = groups[g].group;
    a.type1 = groups[g].type1;
    for (std::size_t c = 0; c < country_count; ++c)
      if (a.country == countries[c].cameo) a.home = static_cast<int>(c);
    all.push_back({a, 0.03 * zipf(g, 0.8) / 3.2});
  }
  std::stable_sort(all.begin(), all.end(), [](const candidate& x, const candidate& y) { return x.weight > y.weight; });
  for (auto& c : all) {
    u.pick.add(c.weight);
    u.actors.push_back(std::move(c.a));
  }
  return u;
}

// ---------------------------------------------------------------------------
// Rows

struct generator {
  splitmix64 random;
  universe u = make_universe();
  weighted country_pick, root_pick, domain_pick, word_pick, run_length;
  std::vector<weighted> code_pick;  // per root code: index into `events_of`
  std::vector<std::vector<std::size_t>> events_of;
  std::vector<std::vector<std::size_t>> places_of;  // per country: indices into places
  std::vector<std::uint32_t> used;                  // rows per actor code
  std::string url;
  std::uint64_t id = 1100000000;
  std::uint64_t rows_left_in_article = 0;
  long day0 = days_from_civil(2024, 1, 1);

  explicit generator(std::uint64_t seed) : random{seed} {
    for (std::size_t c = 0; c < country_count; ++c)
      country_pick.add(zipf(c, 1.1));
    for (double w : root_weights)
      root_pick.add(w);
    events_of.resize(20);
    for (std::size_t e = 0; e < std::size(events); ++e) {
      const std::string_view code = events[e].code;
      const auto root = static_cast<std::size_t>((code[0] - '0') * 10 + (code[1] - '0'));
      events_of[root - 1].push_back(e);
    }
    code_pick.resize(20);
    for (std::size_t r = 0; r < 20; ++r) {
      std::size_t rank = 0;
      for (auto e : events_of[r]) {
        const bool four = std::strlen(events[e].code) == 4;
        code_pick[r].add(zipf(rank++, 1.2) * (four ? 0.3 : 1.0));
      }
    }
    for (std::size_t d = 0; d < std::size(domains); ++d)
      domain_pick.add(zipf(d, 0.9));
    for (std::size_t w = 0; w < std::size(words); ++w)
      word_pick.add(zipf(w % 64, 0.3));
    places_of.resize(country_count);
    for (std::size_t p = 0; p < std::size(places); ++p)
      for (std::size_t c = 0; c < country_count; ++c)
        if (std::strcmp(places[p].fips, countries[c].fips) == 0) places_of[c].push_back(p);
    used.assign(u.actors.size(), 0);
  }

  std::string_view pick_name(const std::vector<std::string_view>& names) {
    // The first name most of the time, the others less and less.
    if (names.size() == 1 || random.chance(0.55)) return names[0];
    return names[1 + random.below(names.size() - 1)];
  }

  void new_url(const ymd& added) {
    url.clear();
    url += random.chance(0.75) ? "https://" : "http://";
    url += domains[domain_pick.draw(random)];
    const auto style = random.below(4);
    auto slug = [&](std::size_t n) {
      for (std::size_t k = 0; k < n; ++k) {
        if (k > 0) url += '-';
        url += words[word_pick.draw(random)];
      }
    };
    const std::size_t n = 5 + random.below(8);
    row_writer w{url};
    if (style == 0) {
      url += '/';
      w.number(static_cast<unsigned>(added.y));
      url += '/';
      w.digits(added.m, 2);
      url += '/';
      w.digits(added.d, 2);
      url += '/';
      slug(n);
      url += '/';
    } else if (style == 1) {
      url += '/';
      url += sections[random.below(std::size(sections))];
      url += '/';
      slug(n);
      url += '-';
      w.number(1000000 + random.below(90000000));
      url += ".html";
    } else if (style == 2) {
      url += '/';
      url += sections[random.below(std::size(sections))];
      url += '/';
      url += sections[random.below(std::size(sections))];
      url += '/';
      slug(n);
      url += '/';
      w.number(100000 + random.below(9000000));
    } else {
      url += "/article/";
      slug(n);
    }
  }

  void actor(row_writer& w, const actor_code* a) {
    if (a == nullptr) {
      for (int k = 0; k < 10; ++k)
        w.tab();
      return;
    }
    w.field(a->code);
    w.field(pick_name(a->names));
    w.field(a->country);
    w.field(a->group);
    w.tab();  // ethnic
    // Religion: now and then on civilians, rebels and the opposition.
    const bool religion = (a->type1 == "CVL" || a->type1 == "REB" || a->type1 == "OPP") && random.chance(0.15);
    static constexpr const char* religions[] = {"MOS", "CHR", "JEW", "HIN", "BUD"};
    w.field(religion ? religions[random.below(5)] : "");
    w.tab();  // religion 2
    w.field(a->type1);
    w.field(a->type2);
    w.tab();  // type 3
  }

  // A location in country `c` (or anywhere when c < 0): index into places
  // (>= 0) or -1 - country index for the country as a whole.
  int location(int c) {
    if (c < 0 || random.chance(0.3)) c = static_cast<int>(country_pick.draw(random));
    const auto& ps = places_of[static_cast<std::size_t>(c)];
    if (!ps.empty() && random.chance(0.7)) return static_cast<int>(ps[random.below(ps.size())]);
    return -1 - c;
  }

  void geo(row_writer& w, int loc) {
    if (loc == no_location) {
      w.text("0\t\t\t\t\t\t\t\t");
      return;
    }
    if (loc >= 0) {
      const auto& p = places[loc];
      w.out.push_back(p.type);
      w.tab();
      w.field(p.full_name);
      w.field(p.fips);
      w.field(p.adm1);
      w.field(p.adm2);
      w.field(p.lat);
      w.field(p.lon);
      w.field(p.feature);
    } else {
      const auto& k = countries[static_cast<std::size_t>(-1 - loc)];
      w.text("1\t");
      w.field(k.geo_name);
      w.field(k.fips);
      w.field(k.fips);
      w.tab();
      w.field(k.lat);
      w.field(k.lon);
      w.field(k.fips);
    }
  }
  static constexpr int no_location = 1 << 30;

  // Appends one row (with its newline) for row number `i` of about `rows`.
  void row(std::string& out, std::uint64_t i, std::uint64_t rows) {
    row_writer w{out};
    // DATEADDED: 2024 swept in 15-minute steps from the first row to the last.
    constexpr std::uint64_t slots = 366 * 96;
    const std::uint64_t slot = std::min(slots - 1, i * slots / std::max<std::uint64_t>(rows, 1));
    const long added_day = day0 + static_cast<long>(slot / 96);
    const ymd added = civil_from_days(added_day);
    long event_day = added_day;
    const double r = random.uniform();
    if (r < 0.05)
      event_day -= 1 + static_cast<long>(random.below(30));
    else if (r < 0.10)
      event_day -= 1 + static_cast<long>(random.below(365));
    const ymd when = civil_from_days(event_day);

    if (rows_left_in_article == 0) {
      new_url(added);
      rows_left_in_article = 1;
      while (random.chance(0.78) && rows_left_in_article < 40)
        ++rows_left_in_article;
    }
    --rows_left_in_article;

    id += 1 + random.below(3);
    w.number(id);
    w.tab();
    w.number(static_cast<unsigned>(when.y));
    w.digits(when.m, 2);
    w.digits(when.d, 2);
    w.tab();
    w.number(static_cast<unsigned>(when.y));
    w.digits(when.m, 2);
    w.tab();
    w.number(static_cast<unsigned>(when.y));
    w.tab();
    // FractionDate: year + fraction of the year (never rounding up to the next year).
    const long jan1 = days_from_civil(when.y, 1, 1);
    const double year_days = static_cast<double>(days_from_civil(when.y + 1, 1, 1) - jan1);
    w.fixed(std::min(when.y + (static_cast<double>(event_day - jan1) + 0.5) / year_days, when.y + 0.9999), 4);
    w.tab();

    const actor_code* a1 = random.chance(0.05) ? nullptr : &u.actors[u.pick.draw(random)];
    const actor_code* a2 = a1 != nullptr && random.chance(0.10) ? nullptr : &u.actors[u.pick.draw(random)];
    if (a1 != nullptr) ++used[static_cast<std::size_t>(a1 - u.actors.data())];
    if (a2 != nullptr) ++used[static_cast<std::size_t>(a2 - u.actors.data())];
    actor(w, a1);
    actor(w, a2);

    w.field(random.chance(0.6) ? "1" : "0");
    const auto root = root_pick.draw(random);
    const auto& e = events[events_of[root][code_pick[root].draw(random)]];
    const std::string_view code = e.code;
    w.field(code);
    w.field(code.substr(0, 3));
    w.field(code.substr(0, 2));
    w.out.push_back(root < 5 ? '1' : root < 9 ? '2' : root < 14 ? '3' : '4');
    w.tab();
    w.field(e.goldstein);
    std::uint64_t mentions = 1;
    while (random.chance(0.72) && mentions < 200)
      ++mentions;
    std::uint64_t sources = 1;
    while (random.chance(0.12) && sources < mentions)
      ++sources;
    const std::uint64_t articles = random.chance(0.85) ? mentions : sources + random.below(mentions - sources + 1);
    w.number(mentions);
    w.tab();
    w.number(sources);
    w.tab();
    w.number(articles);
    w.tab();
    const double words_in_article = 150.0 + static_cast<double>(random.below(1400));
    const double balance = std::round((random.uniform() + random.uniform() - 1.15) * 60.0);
    w.general(100.0 * balance / words_in_article, 14);
    w.tab();

    const int g1 = a1 == nullptr ? no_location : location(a1->home);
    const int g2 = a2 == nullptr ? no_location : location(a2->home);
    const double ra = random.uniform();
    const int ga = ra < 0.03                        ? no_location
                   : ra < 0.55 && g1 != no_location ? g1
                   : ra < 0.80 && g2 != no_location ? g2
                                                    : location(-1);
    geo(w, g1);
    geo(w, g2);
    geo(w, ga);
    w.number(static_cast<unsigned>(added.y));
    w.digits(added.m, 2);
    w.digits(added.d, 2);
    w.digits(static_cast<unsigned>(slot % 96 / 4), 2);
    w.digits(static_cast<unsigned>(slot % 4 * 15), 2);
    w.text("00\t");
    w.text(url);
    w.out.push_back('\n');
  }
};

int usage() {
  std::cerr << "usage: gen_gdelt (--bytes N | --events N) [--seed S] -o FILE|-\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t bytes = 0, events = 0, seed = 1;
  std::string out;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if (k + 1 >= argc) return usage();
    const std::string v = argv[++k];
    if (a == "--bytes")
      bytes = std::stoull(v);
    else if (a == "--events")
      events = std::stoull(v);
    else if (a == "--seed")
      seed = std::stoull(v);
    else if (a == "-o" || a == "--out")
      out = v;
    else
      return usage();
  }
  if ((bytes == 0) == (events == 0) || out.empty()) return usage();

  const bool to_stdout = out == "-";
  std::FILE* f = to_stdout ? stdout : std::fopen(out.c_str(), "wb");
  if (f == nullptr) {
    std::cerr << "gen_gdelt: cannot write " << out << ": " << std::strerror(errno) << "\n";
    return 1;
  }
  generator g(seed);
  const std::uint64_t expected_rows = events > 0 ? events : bytes / 400 + 1;  // for the sweep of DATEADDED
  std::string buffer, row;
  buffer.reserve((1 << 20) + 4096);
  std::uint64_t written = 0, rows = 0;
  bool ok = true;
  while (events == 0 || rows < events) {
    row.clear();
    g.row(row, rows, expected_rows);
    if (events == 0 && written + buffer.size() + row.size() > bytes) break;
    buffer += row;
    ++rows;
    if (buffer.size() >= (1 << 20)) {
      ok = ok && std::fwrite(buffer.data(), 1, buffer.size(), f) == buffer.size();
      written += buffer.size();
      buffer.clear();
      if (!ok) break;  // (a closed pipe: the reader stopped)
    }
  }
  ok = ok && std::fwrite(buffer.data(), 1, buffer.size(), f) == buffer.size();
  written += buffer.size();
  if ((to_stdout ? std::fflush(f) : std::fclose(f)) != 0 || !ok) {
    std::cerr << "gen_gdelt: cannot write " << out << "\n";
    return 1;
  }
  const auto codes = std::count_if(g.used.begin(), g.used.end(), [](std::uint32_t n) { return n > 0; });
  (to_stdout ? std::cerr : std::cout) << "rows=" << rows << " bytes=" << written << " codes=" << codes
                                      << " file=" << out << "\n";
  return 0;
}
