// alliance/data/cow_states.hpp — the Correlates of War state system, v2016, as a constexpr table.
//
// Every state the COW data sets know: its numeric code (2 = United States),
// its three-letter abbreviation (USA, UKG, GFR, RUS), its name, and the
// lower-case name the COW IGO v3 IGO-year file uses as its column (usa,
// wgermany, russia; the state-year file pairs each with the code). And the
// spells of membership in the international system — itself a membership
// timeline, which system_registry() turns into the organisation COW-SYSTEM.
//
// Source: Correlates of War Project. 2017. "State System Membership List,
// v2016" (states2016.csv: 217 states, 243 spells, 1816-01-01 to 2016-12-31),
// column names from the COW IGO data v3.0 state-year file. Nothing was
// recoded. A spell that runs to 2016-12-31, the last day the list covers,
// is a membership still going on when the list was made: its period has an
// open end.
#pragma once

#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <date/date.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace alliance::data::cow {

// --- synopsis -----------------------------------------------------------------

struct state {
    std::uint16_t code;              // COW country code: 2, 200, 365
    std::string_view abbreviation;   // COW state abbreviation: "USA", "UKG", "RUS"
    std::string_view name;           // "United States of America"
    std::string_view igo_column;     // column name in the COW IGO v3 IGO-year file: "usa"
};

// A spell of membership in the state system, both days included.
struct spell {
    std::uint16_t code;
    date::year_month_day first;
    date::year_month_day last;
};

inline constexpr std::string_view system_key = "COW-SYSTEM";
inline constexpr std::string_view system_name = "Correlates of War state system (v2016)";
// The last day the list covers: a spell ending on it is still going on.
inline constexpr date::year_month_day coverage_end{date::year{2016}, date::month{12}, date::day{31}};

// Lookups, in constant expressions too. Null when there is no such state.
[[nodiscard]] constexpr const state* find_state(int code) noexcept;
// By abbreviation ("gfr") or IGO-file column name ("wgermany"), case-insensitive.
[[nodiscard]] constexpr const state* find_state(std::string_view abbreviation_or_column) noexcept;
// The abbreviation of the state with the code ("GFR" for 260); empty if none.
[[nodiscard]] constexpr std::string_view abbreviation_of(int code) noexcept;

// Adds the state as a party (key: abbreviation, name, kind state) with its
// numeric code ("255") and IGO column name as aliases, so that find_party()
// finds it by either. Returns the party's id; adding it twice is harmless.
template <class = void>
party_id add_state(registry& r, const state& s);

// A registry with the organisation COW-SYSTEM, every state as a party and
// one member period per spell: "which states were in the international
// system on a day" is then members_on(r, "COW-SYSTEM", day).
template <class = void>
[[nodiscard]] registry system_registry();
// The same, added to an existing registry.
template <class = void>
void add_system(registry& r);

// --- the tables ---------------------------------------------------------------

inline constexpr std::array<state, 217> states{{
    {2, "USA", "United States of America", "usa"},
    {20, "CAN", "Canada", "canada"},
    {31, "BHM", "Bahamas", "bahamas"},
    {40, "CUB", "Cuba", "cuba"},
    {41, "HAI", "Haiti", "haiti"},
    {42, "DOM", "Dominican Republic", "domrepublic"},
    {51, "JAM", "Jamaica", "jamaica"},
    {52, "TRI", "Trinidad and Tobago", "trinidad"},
    {53, "BAR", "Barbados", "barbados"},
    {54, "DMA", "Dominica", "dominica"},
    {55, "GRN", "Grenada", "grenada"},
    {56, "SLU", "St. Lucia", "stlucia"},
    {57, "SVG", "St. Vincent and the Grenadines", "stvincent"},
    {58, "AAB", "Antigua & Barbuda", "antiguabarbuda"},
    {60, "SKN", "St. Kitts and Nevis", "stkitts"},
    {70, "MEX", "Mexico", "mexico"},
    {80, "BLZ", "Belize", "belize"},
    {90, "GUA", "Guatemala", "guatemala"},
    {91, "HON", "Honduras", "honduras"},
    {92, "SAL", "El Salvador", "elsalvador"},
    {93, "NIC", "Nicaragua", "nicaragua"},
    {94, "COS", "Costa Rica", "costarica"},
    {95, "PAN", "Panama", "panama"},
    {100, "COL", "Colombia", "colombia"},
    {101, "VEN", "Venezuela", "venezuela"},
    {110, "GUY", "Guyana", "guyana"},
    {115, "SUR", "Suriname", "suriname"},
    {130, "ECU", "Ecuador", "ecuador"},
    {135, "PER", "Peru", "peru"},
    {140, "BRA", "Brazil", "brazil"},
    {145, "BOL", "Bolivia", "bolivia"},
    {150, "PAR", "Paraguay", "paraguay"},
    {155, "CHL", "Chile", "chile"},
    {160, "ARG", "Argentina", "argentina"},
    {165, "URU", "Uruguay", "uruguay"},
    {200, "UKG", "United Kingdom", "uk"},
    {205, "IRE", "Ireland", "ireland"},
    {210, "NTH", "Netherlands", "netherlands"},
    {211, "BEL", "Belgium", "belgium"},
    {212, "LUX", "Luxembourg", "luxembourg"},
    {220, "FRN", "France", "france"},
    {221, "MNC", "Monaco", "monaco"},
    {223, "LIE", "Liechtenstein", "liechtenstein"},
    {225, "SWZ", "Switzerland", "switzerland"},
    {230, "SPN", "Spain", "spain"},
    {232, "AND", "Andorra", "andorra"},
    {235, "POR", "Portugal", "portugal"},
    {240, "HAN", "Hanover", "hanover"},
    {245, "BAV", "Bavaria", "bavariaelect"},
    {255, "GMY", "Germany", "germany"},
    {260, "GFR", "German Federal Republic", "wgermany"},
    {265, "GDR", "German Democratic Republic", "egermany"},
    {267, "BAD", "Baden", "baden"},
    {269, "SAX", "Saxony", "saxony"},
    {271, "WRT", "Wuerttemburg", "wurtenburg"},
    {273, "HSE", "Hesse Electoral", "hesseelect"},
    {275, "HSG", "Hesse Grand Ducal", "hessegrand"},
    {280, "MEC", "Mecklenburg Schwerin", "mecklenburg"},
    {290, "POL", "Poland", "poland"},
    {300, "AUH", "Austria-Hungary", "austriahungary"},
    {305, "AUS", "Austria", "austria"},
    {310, "HUN", "Hungary", "hungary"},
    {315, "CZE", "Czechoslovakia", "czechoslovakia"},
    {316, "CZR", "Czech Republic", "czechrep"},
    {317, "SLO", "Slovakia", "slovakia"},
    {325, "ITA", "Italy", "italy"},
    {327, "PAP", "Papal States", "papalstates"},
    {329, "SIC", "Two Sicilies", "twosicilies"},
    {331, "SNM", "San Marino", "sanmarino"},
    {332, "MOD", "Modena", "modena"},
    {335, "PMA", "Parma", "parma"},
    {337, "TUS", "Tuscany", "tuscany"},
    {338, "MLT", "Malta", "malta"},
    {339, "ALB", "Albania", "albania"},
    {341, "MNG", "Montenegro", "montenegro"},
    {343, "MAC", "Macedonia", "fyromacedonia"},
    {344, "CRO", "Croatia", "croatia"},
    {345, "YUG", "Yugoslavia", "yugoslaviaserb"},
    {346, "BOS", "Bosnia and Herzegovina", "bosnia"},
    {347, "KOS", "Kosovo", "kosovo"},
    {349, "SLV", "Slovenia", "slovenia"},
    {350, "GRC", "Greece", "greece"},
    {352, "CYP", "Cyprus", "cyprus"},
    {355, "BUL", "Bulgaria", "bulgaria"},
    {359, "MLD", "Moldova", "moldova"},
    {360, "ROM", "Romania", "romania"},
    {365, "RUS", "Russia", "russia"},
    {366, "EST", "Estonia", "estonia"},
    {367, "LAT", "Latvia", "latvia"},
    {368, "LIT", "Lithuania", "lithuania"},
    {369, "UKR", "Ukraine", "ukraine"},
    {370, "BLR", "Belarus", "belarus"},
    {371, "ARM", "Armenia", "armenia"},
    {372, "GRG", "Georgia", "georgia"},
    {373, "AZE", "Azerbaijan", "azerbaijan"},
    {375, "FIN", "Finland", "finland"},
    {380, "SWD", "Sweden", "sweden"},
    {385, "NOR", "Norway", "norway"},
    {390, "DEN", "Denmark", "denmark"},
    {395, "ICE", "Iceland", "iceland"},
    {402, "CAP", "Cape Verde", "capeverde"},
    {403, "STP", "Sao Tome and Principe", "saotome"},
    {404, "GNB", "Guinea-Bissau", "guineabissau"},
    {411, "EQG", "Equatorial Guinea", "eqguinea"},
    {420, "GAM", "Gambia", "gambia"},
    {432, "MLI", "Mali", "mali"},
    {433, "SEN", "Senegal", "senegal"},
    {434, "BEN", "Benin", "benin"},
    {435, "MAA", "Mauritania", "mauritania"},
    {436, "NIR", "Niger", "niger"},
    {437, "CDI", "Ivory Coast", "ivorycoast"},
    {438, "GUI", "Guinea", "guinea"},
    {439, "BFO", "Burkina Faso", "burkinafaso"},
    {450, "LBR", "Liberia", "liberia"},
    {451, "SIE", "Sierra Leone", "sierraleone"},
    {452, "GHA", "Ghana", "ghana"},
    {461, "TOG", "Togo", "togo"},
    {471, "CAO", "Cameroon", "cameroon"},
    {475, "NIG", "Nigeria", "nigeria"},
    {481, "GAB", "Gabon", "gabon"},
    {482, "CEN", "Central African Republic", "car"},
    {483, "CHA", "Chad", "chad"},
    {484, "CON", "Congo", "congobrazz"},
    {490, "DRC", "Democratic Republic of the Congo", "zaire"},
    {500, "UGA", "Uganda", "uganda"},
    {501, "KEN", "Kenya", "kenya"},
    {510, "TAZ", "Tanzania", "tanzania"},
    {511, "ZAN", "Zanzibar", "zanzibar"},
    {516, "BUI", "Burundi", "burundi"},
    {517, "RWA", "Rwanda", "rwanda"},
    {520, "SOM", "Somalia", "somalia"},
    {522, "DJI", "Djibouti", "djibouti"},
    {530, "ETH", "Ethiopia", "ethiopia"},
    {531, "ERI", "Eritrea", "eritrea"},
    {540, "ANG", "Angola", "angola"},
    {541, "MZM", "Mozambique", "mozambique"},
    {551, "ZAM", "Zambia", "zambia"},
    {552, "ZIM", "Zimbabwe", "zimbabwe"},
    {553, "MAW", "Malawi", "malawi"},
    {560, "SAF", "South Africa", "soafrica"},
    {565, "NAM", "Namibia", "namibia"},
    {570, "LES", "Lesotho", "lesotho"},
    {571, "BOT", "Botswana", "botswana"},
    {572, "SWA", "Swaziland", "swaziland"},
    {580, "MAG", "Madagascar", "madagascar"},
    {581, "COM", "Comoros", "comoros"},
    {590, "MAS", "Mauritius", "mauritius"},
    {591, "SEY", "Seychelles", "seychelles"},
    {600, "MOR", "Morocco", "morocco"},
    {615, "ALG", "Algeria", "algeria"},
    {616, "TUN", "Tunisia", "tunisia"},
    {620, "LIB", "Libya", "libya"},
    {625, "SUD", "Sudan", "sudan"},
    {626, "SSD", "South Sudan", "sosudan"},
    {630, "IRN", "Iran", "iran"},
    {640, "TUR", "Turkey", "turkey"},
    {645, "IRQ", "Iraq", "iraq"},
    {651, "EGY", "Egypt", "egypt"},
    {652, "SYR", "Syria", "syria"},
    {660, "LEB", "Lebanon", "lebanon"},
    {663, "JOR", "Jordan", "jordan"},
    {666, "ISR", "Israel", "israel"},
    {670, "SAU", "Saudi Arabia", "saudiarabia"},
    {678, "YAR", "Yemen Arab Republic", "nyemen"},
    {679, "YEM", "Yemen", "yemen"},
    {680, "YPR", "Yemen People's Republic", "syemen"},
    {690, "KUW", "Kuwait", "kuwait"},
    {692, "BAH", "Bahrain", "bahrain"},
    {694, "QAT", "Qatar", "qatar"},
    {696, "UAE", "United Arab Emirates", "uae"},
    {698, "OMA", "Oman", "oman"},
    {700, "AFG", "Afghanistan", "afghanistan"},
    {701, "TKM", "Turkmenistan", "turkmenistan"},
    {702, "TAJ", "Tajikistan", "tajikistan"},
    {703, "KYR", "Kyrgyzstan", "kyrgyzstan"},
    {704, "UZB", "Uzbekistan", "uzbekistan"},
    {705, "KZK", "Kazakhstan", "kazakhstan"},
    {710, "CHN", "China", "china"},
    {712, "MON", "Mongolia", "mongolia"},
    {713, "TAW", "Taiwan", "taiwan"},
    {730, "KOR", "Korea", "korea"},
    {731, "PRK", "North Korea", "nokorea"},
    {732, "ROK", "South Korea", "sokorea"},
    {740, "JPN", "Japan", "japan"},
    {750, "IND", "India", "india"},
    {760, "BHU", "Bhutan", "bhutan"},
    {770, "PAK", "Pakistan", "pakistan"},
    {771, "BNG", "Bangladesh", "bangladesh"},
    {775, "MYA", "Myanmar", "myanmar"},
    {780, "SRI", "Sri Lanka", "srilanka"},
    {781, "MAD", "Maldives", "maldives"},
    {790, "NEP", "Nepal", "nepal"},
    {800, "THI", "Thailand", "thailand"},
    {811, "CAM", "Cambodia", "cambodia"},
    {812, "LAO", "Laos", "laos"},
    {816, "DRV", "Vietnam", "vietnam"},
    {817, "RVN", "Republic of Vietnam", "svietnam"},
    {820, "MAL", "Malaysia", "malaysia"},
    {830, "SIN", "Singapore", "singapore"},
    {835, "BRU", "Brunei", "brunei"},
    {840, "PHI", "Philippines", "philippines"},
    {850, "INS", "Indonesia", "indonesia"},
    {860, "ETM", "East Timor", "etimor"},
    {900, "AUL", "Australia", "australia"},
    {910, "PNG", "Papua New Guinea", "papuanewguinea"},
    {920, "NEW", "New Zealand", "newzealand"},
    {935, "VAN", "Vanuatu", "vanuatu"},
    {940, "SOL", "Solomon Islands", "solomonis"},
    {946, "KIR", "Kiribati", "kiribati"},
    {947, "TUV", "Tuvalu", "tuvalu"},
    {950, "FIJ", "Fiji", "fiji"},
    {955, "TON", "Tonga", "tonga"},
    {970, "NAU", "Nauru", "nauru"},
    {983, "MSI", "Marshall Islands", "marshallis"},
    {986, "PAL", "Palau", "palau"},
    {987, "FSM", "Federated States of Micronesia", "micronesiafs"},
    {990, "WSM", "Samoa", "wsamoa"},
}};

namespace detail {
// A day of the table, made by the constructor rather than by date's
// `year / month / day` operators: choosing among their overloads 486 times
// is what made this header costly to compile.
constexpr date::year_month_day ymd(int y, unsigned m, unsigned d) noexcept {
    return date::year_month_day{date::year{y}, date::month{m}, date::day{d}};
}
}  // namespace detail

inline constexpr std::array<spell, 243> spells{{
    {2, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {20, detail::ymd(1920, 1, 10), detail::ymd(2016, 12, 31)},
    {31, detail::ymd(1973, 7, 10), detail::ymd(2016, 12, 31)},
    {40, detail::ymd(1902, 5, 20), detail::ymd(1906, 9, 25)},
    {40, detail::ymd(1909, 1, 23), detail::ymd(2016, 12, 31)},
    {41, detail::ymd(1859, 1, 1), detail::ymd(1915, 7, 28)},
    {41, detail::ymd(1934, 8, 15), detail::ymd(2016, 12, 31)},
    {42, detail::ymd(1894, 1, 1), detail::ymd(1916, 11, 29)},
    {42, detail::ymd(1924, 9, 29), detail::ymd(2016, 12, 31)},
    {51, detail::ymd(1962, 8, 6), detail::ymd(2016, 12, 31)},
    {52, detail::ymd(1962, 8, 31), detail::ymd(2016, 12, 31)},
    {53, detail::ymd(1966, 11, 30), detail::ymd(2016, 12, 31)},
    {54, detail::ymd(1978, 11, 3), detail::ymd(2016, 12, 31)},
    {55, detail::ymd(1974, 2, 7), detail::ymd(2016, 12, 31)},
    {56, detail::ymd(1979, 2, 22), detail::ymd(2016, 12, 31)},
    {57, detail::ymd(1979, 10, 27), detail::ymd(2016, 12, 31)},
    {58, detail::ymd(1981, 11, 1), detail::ymd(2016, 12, 31)},
    {60, detail::ymd(1983, 9, 19), detail::ymd(2016, 12, 31)},
    {70, detail::ymd(1831, 1, 1), detail::ymd(2016, 12, 31)},
    {80, detail::ymd(1981, 9, 21), detail::ymd(2016, 12, 31)},
    {90, detail::ymd(1868, 1, 1), detail::ymd(2016, 12, 31)},
    {91, detail::ymd(1899, 1, 1), detail::ymd(2016, 12, 31)},
    {92, detail::ymd(1875, 1, 1), detail::ymd(2016, 12, 31)},
    {93, detail::ymd(1900, 1, 1), detail::ymd(2016, 12, 31)},
    {94, detail::ymd(1920, 1, 1), detail::ymd(2016, 12, 31)},
    {95, detail::ymd(1903, 11, 3), detail::ymd(2016, 12, 31)},
    {100, detail::ymd(1831, 1, 1), detail::ymd(2016, 12, 31)},
    {101, detail::ymd(1841, 1, 1), detail::ymd(2016, 12, 31)},
    {110, detail::ymd(1966, 5, 26), detail::ymd(2016, 12, 31)},
    {115, detail::ymd(1975, 11, 25), detail::ymd(2016, 12, 31)},
    {130, detail::ymd(1854, 1, 1), detail::ymd(2016, 12, 31)},
    {135, detail::ymd(1839, 1, 1), detail::ymd(2016, 12, 31)},
    {140, detail::ymd(1822, 9, 7), detail::ymd(2016, 12, 31)},
    {145, detail::ymd(1848, 1, 1), detail::ymd(2016, 12, 31)},
    {150, detail::ymd(1846, 1, 1), detail::ymd(1870, 6, 20)},
    {150, detail::ymd(1876, 6, 22), detail::ymd(2016, 12, 31)},
    {155, detail::ymd(1839, 1, 1), detail::ymd(2016, 12, 31)},
    {160, detail::ymd(1841, 1, 1), detail::ymd(2016, 12, 31)},
    {165, detail::ymd(1882, 1, 1), detail::ymd(2016, 12, 31)},
    {200, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {205, detail::ymd(1922, 12, 6), detail::ymd(2016, 12, 31)},
    {210, detail::ymd(1816, 1, 1), detail::ymd(1940, 7, 14)},
    {210, detail::ymd(1945, 6, 26), detail::ymd(2016, 12, 31)},
    {211, detail::ymd(1830, 12, 20), detail::ymd(1940, 5, 28)},
    {211, detail::ymd(1945, 6, 26), detail::ymd(2016, 12, 31)},
    {212, detail::ymd(1920, 11, 15), detail::ymd(1940, 5, 10)},
    {212, detail::ymd(1944, 9, 10), detail::ymd(2016, 12, 31)},
    {220, detail::ymd(1816, 1, 1), detail::ymd(1942, 11, 11)},
    {220, detail::ymd(1944, 8, 25), detail::ymd(2016, 12, 31)},
    {221, detail::ymd(1993, 5, 28), detail::ymd(2016, 12, 31)},
    {223, detail::ymd(1990, 9, 18), detail::ymd(2016, 12, 31)},
    {225, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {230, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {232, detail::ymd(1993, 7, 28), detail::ymd(2016, 12, 31)},
    {235, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {240, detail::ymd(1837, 6, 20), detail::ymd(1866, 7, 26)},
    {245, detail::ymd(1816, 1, 1), detail::ymd(1871, 1, 18)},
    {255, detail::ymd(1816, 1, 1), detail::ymd(1945, 5, 8)},
    {255, detail::ymd(1990, 10, 3), detail::ymd(2016, 12, 31)},
    {260, detail::ymd(1955, 5, 5), detail::ymd(1990, 10, 2)},
    {265, detail::ymd(1954, 3, 25), detail::ymd(1990, 10, 2)},
    {267, detail::ymd(1816, 1, 1), detail::ymd(1871, 1, 18)},
    {269, detail::ymd(1816, 1, 1), detail::ymd(1867, 4, 17)},
    {271, detail::ymd(1816, 1, 1), detail::ymd(1871, 1, 18)},
    {273, detail::ymd(1816, 1, 1), detail::ymd(1866, 7, 26)},
    {275, detail::ymd(1816, 1, 1), detail::ymd(1867, 4, 17)},
    {280, detail::ymd(1843, 1, 1), detail::ymd(1867, 4, 17)},
    {290, detail::ymd(1918, 11, 3), detail::ymd(1939, 9, 27)},
    {290, detail::ymd(1945, 6, 28), detail::ymd(2016, 12, 31)},
    {300, detail::ymd(1816, 1, 1), detail::ymd(1918, 11, 12)},
    {305, detail::ymd(1919, 9, 10), detail::ymd(1938, 3, 13)},
    {305, detail::ymd(1955, 7, 27), detail::ymd(2016, 12, 31)},
    {310, detail::ymd(1918, 11, 16), detail::ymd(2016, 12, 31)},
    {315, detail::ymd(1918, 10, 28), detail::ymd(1939, 3, 15)},
    {315, detail::ymd(1945, 5, 10), detail::ymd(1992, 12, 31)},
    {316, detail::ymd(1993, 1, 1), detail::ymd(2016, 12, 31)},
    {317, detail::ymd(1993, 1, 1), detail::ymd(2016, 12, 31)},
    {325, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {327, detail::ymd(1816, 1, 1), detail::ymd(1860, 11, 5)},
    {329, detail::ymd(1816, 1, 1), detail::ymd(1861, 2, 13)},
    {331, detail::ymd(1992, 3, 2), detail::ymd(2016, 12, 31)},
    {332, detail::ymd(1842, 1, 1), detail::ymd(1860, 3, 15)},
    {335, detail::ymd(1851, 1, 1), detail::ymd(1860, 3, 15)},
    {337, detail::ymd(1816, 1, 1), detail::ymd(1860, 3, 15)},
    {338, detail::ymd(1964, 9, 21), detail::ymd(2016, 12, 31)},
    {339, detail::ymd(1914, 1, 1), detail::ymd(1939, 4, 7)},
    {339, detail::ymd(1944, 11, 17), detail::ymd(2016, 12, 31)},
    {341, detail::ymd(2006, 6, 12), detail::ymd(2016, 12, 31)},
    {343, detail::ymd(1993, 4, 8), detail::ymd(2016, 12, 31)},
    {344, detail::ymd(1992, 1, 15), detail::ymd(2016, 12, 31)},
    {345, detail::ymd(1878, 7, 13), detail::ymd(1941, 4, 20)},
    {345, detail::ymd(1944, 10, 20), detail::ymd(2016, 12, 31)},
    {346, detail::ymd(1992, 4, 7), detail::ymd(2016, 12, 31)},
    {347, detail::ymd(2008, 2, 20), detail::ymd(2016, 12, 31)},
    {349, detail::ymd(1992, 1, 15), detail::ymd(2016, 12, 31)},
    {350, detail::ymd(1828, 1, 1), detail::ymd(1941, 4, 23)},
    {350, detail::ymd(1944, 10, 13), detail::ymd(2016, 12, 31)},
    {352, detail::ymd(1960, 8, 16), detail::ymd(2016, 12, 31)},
    {355, detail::ymd(1908, 10, 5), detail::ymd(2016, 12, 31)},
    {359, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {360, detail::ymd(1878, 7, 13), detail::ymd(2016, 12, 31)},
    {365, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {366, detail::ymd(1918, 2, 24), detail::ymd(1940, 6, 16)},
    {366, detail::ymd(1991, 9, 6), detail::ymd(2016, 12, 31)},
    {367, detail::ymd(1918, 11, 18), detail::ymd(1940, 6, 16)},
    {367, detail::ymd(1991, 9, 6), detail::ymd(2016, 12, 31)},
    {368, detail::ymd(1918, 2, 16), detail::ymd(1940, 6, 15)},
    {368, detail::ymd(1991, 9, 6), detail::ymd(2016, 12, 31)},
    {369, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {370, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {371, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {372, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {373, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {375, detail::ymd(1917, 12, 6), detail::ymd(2016, 12, 31)},
    {380, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {385, detail::ymd(1905, 6, 7), detail::ymd(1940, 4, 30)},
    {385, detail::ymd(1945, 5, 7), detail::ymd(2016, 12, 31)},
    {390, detail::ymd(1816, 1, 1), detail::ymd(1940, 4, 9)},
    {390, detail::ymd(1945, 5, 7), detail::ymd(2016, 12, 31)},
    {395, detail::ymd(1944, 6, 17), detail::ymd(2016, 12, 31)},
    {402, detail::ymd(1975, 7, 5), detail::ymd(2016, 12, 31)},
    {403, detail::ymd(1975, 7, 12), detail::ymd(2016, 12, 31)},
    {404, detail::ymd(1974, 9, 10), detail::ymd(2016, 12, 31)},
    {411, detail::ymd(1968, 10, 12), detail::ymd(2016, 12, 31)},
    {420, detail::ymd(1965, 2, 18), detail::ymd(2016, 12, 31)},
    {432, detail::ymd(1960, 6, 20), detail::ymd(2016, 12, 31)},
    {433, detail::ymd(1960, 8, 20), detail::ymd(2016, 12, 31)},
    {434, detail::ymd(1960, 8, 1), detail::ymd(2016, 12, 31)},
    {435, detail::ymd(1960, 11, 28), detail::ymd(2016, 12, 31)},
    {436, detail::ymd(1960, 10, 3), detail::ymd(2016, 12, 31)},
    {437, detail::ymd(1960, 8, 7), detail::ymd(2016, 12, 31)},
    {438, detail::ymd(1958, 10, 2), detail::ymd(2016, 12, 31)},
    {439, detail::ymd(1960, 8, 5), detail::ymd(2016, 12, 31)},
    {450, detail::ymd(1920, 6, 30), detail::ymd(2016, 12, 31)},
    {451, detail::ymd(1961, 4, 27), detail::ymd(2016, 12, 31)},
    {452, detail::ymd(1957, 3, 6), detail::ymd(2016, 12, 31)},
    {461, detail::ymd(1960, 4, 27), detail::ymd(2016, 12, 31)},
    {471, detail::ymd(1960, 1, 1), detail::ymd(2016, 12, 31)},
    {475, detail::ymd(1960, 10, 1), detail::ymd(2016, 12, 31)},
    {481, detail::ymd(1960, 8, 17), detail::ymd(2016, 12, 31)},
    {482, detail::ymd(1960, 8, 13), detail::ymd(2016, 12, 31)},
    {483, detail::ymd(1960, 8, 11), detail::ymd(2016, 12, 31)},
    {484, detail::ymd(1960, 8, 15), detail::ymd(2016, 12, 31)},
    {490, detail::ymd(1960, 6, 30), detail::ymd(2016, 12, 31)},
    {500, detail::ymd(1962, 10, 9), detail::ymd(2016, 12, 31)},
    {501, detail::ymd(1963, 12, 12), detail::ymd(2016, 12, 31)},
    {510, detail::ymd(1961, 12, 9), detail::ymd(2016, 12, 31)},
    {511, detail::ymd(1963, 12, 19), detail::ymd(1964, 4, 26)},
    {516, detail::ymd(1962, 7, 1), detail::ymd(2016, 12, 31)},
    {517, detail::ymd(1962, 7, 1), detail::ymd(2016, 12, 31)},
    {520, detail::ymd(1960, 7, 1), detail::ymd(2016, 12, 31)},
    {522, detail::ymd(1977, 6, 27), detail::ymd(2016, 12, 31)},
    {530, detail::ymd(1898, 1, 1), detail::ymd(1936, 5, 5)},
    {530, detail::ymd(1941, 5, 5), detail::ymd(2016, 12, 31)},
    {531, detail::ymd(1993, 5, 24), detail::ymd(2016, 12, 31)},
    {540, detail::ymd(1975, 11, 11), detail::ymd(2016, 12, 31)},
    {541, detail::ymd(1975, 6, 25), detail::ymd(2016, 12, 31)},
    {551, detail::ymd(1964, 10, 24), detail::ymd(2016, 12, 31)},
    {552, detail::ymd(1965, 11, 11), detail::ymd(2016, 12, 31)},
    {553, detail::ymd(1964, 7, 6), detail::ymd(2016, 12, 31)},
    {560, detail::ymd(1920, 1, 10), detail::ymd(2016, 12, 31)},
    {565, detail::ymd(1990, 3, 21), detail::ymd(2016, 12, 31)},
    {570, detail::ymd(1966, 10, 4), detail::ymd(2016, 12, 31)},
    {571, detail::ymd(1966, 9, 30), detail::ymd(2016, 12, 31)},
    {572, detail::ymd(1968, 9, 6), detail::ymd(2016, 12, 31)},
    {580, detail::ymd(1960, 6, 26), detail::ymd(2016, 12, 31)},
    {581, detail::ymd(1975, 12, 31), detail::ymd(2016, 12, 31)},
    {590, detail::ymd(1968, 3, 12), detail::ymd(2016, 12, 31)},
    {591, detail::ymd(1976, 6, 29), detail::ymd(2016, 12, 31)},
    {600, detail::ymd(1847, 1, 1), detail::ymd(1912, 3, 30)},
    {600, detail::ymd(1956, 3, 2), detail::ymd(2016, 12, 31)},
    {615, detail::ymd(1962, 7, 5), detail::ymd(2016, 12, 31)},
    {616, detail::ymd(1825, 1, 1), detail::ymd(1881, 5, 12)},
    {616, detail::ymd(1956, 3, 20), detail::ymd(2016, 12, 31)},
    {620, detail::ymd(1951, 12, 24), detail::ymd(2016, 12, 31)},
    {625, detail::ymd(1956, 1, 1), detail::ymd(2016, 12, 31)},
    {626, detail::ymd(2011, 7, 9), detail::ymd(2016, 12, 31)},
    {630, detail::ymd(1855, 1, 1), detail::ymd(2016, 12, 31)},
    {640, detail::ymd(1816, 1, 1), detail::ymd(2016, 12, 31)},
    {645, detail::ymd(1932, 10, 3), detail::ymd(2016, 12, 31)},
    {651, detail::ymd(1855, 1, 1), detail::ymd(1882, 9, 15)},
    {651, detail::ymd(1937, 5, 26), detail::ymd(2016, 12, 31)},
    {652, detail::ymd(1946, 4, 17), detail::ymd(1958, 2, 1)},
    {652, detail::ymd(1961, 9, 29), detail::ymd(2016, 12, 31)},
    {660, detail::ymd(1946, 3, 10), detail::ymd(2016, 12, 31)},
    {663, detail::ymd(1946, 3, 22), detail::ymd(2016, 12, 31)},
    {666, detail::ymd(1948, 5, 14), detail::ymd(2016, 12, 31)},
    {670, detail::ymd(1927, 5, 20), detail::ymd(2016, 12, 31)},
    {678, detail::ymd(1926, 9, 2), detail::ymd(1990, 5, 21)},
    {679, detail::ymd(1990, 5, 22), detail::ymd(2016, 12, 31)},
    {680, detail::ymd(1967, 11, 30), detail::ymd(1990, 5, 21)},
    {690, detail::ymd(1961, 6, 19), detail::ymd(2016, 12, 31)},
    {692, detail::ymd(1971, 8, 15), detail::ymd(2016, 12, 31)},
    {694, detail::ymd(1971, 9, 3), detail::ymd(2016, 12, 31)},
    {696, detail::ymd(1971, 12, 2), detail::ymd(2016, 12, 31)},
    {698, detail::ymd(1971, 10, 7), detail::ymd(2016, 12, 31)},
    {700, detail::ymd(1919, 8, 8), detail::ymd(2016, 12, 31)},
    {701, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {702, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {703, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {704, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {705, detail::ymd(1991, 12, 26), detail::ymd(2016, 12, 31)},
    {710, detail::ymd(1860, 10, 25), detail::ymd(2016, 12, 31)},
    {712, detail::ymd(1921, 3, 13), detail::ymd(2016, 12, 31)},
    {713, detail::ymd(1949, 12, 8), detail::ymd(2016, 12, 31)},
    {730, detail::ymd(1887, 1, 1), detail::ymd(1905, 11, 17)},
    {731, detail::ymd(1948, 9, 9), detail::ymd(2016, 12, 31)},
    {732, detail::ymd(1949, 6, 29), detail::ymd(2016, 12, 31)},
    {740, detail::ymd(1860, 1, 1), detail::ymd(1945, 8, 14)},
    {740, detail::ymd(1952, 4, 28), detail::ymd(2016, 12, 31)},
    {750, detail::ymd(1947, 8, 15), detail::ymd(2016, 12, 31)},
    {760, detail::ymd(1971, 9, 21), detail::ymd(2016, 12, 31)},
    {770, detail::ymd(1947, 8, 14), detail::ymd(2016, 12, 31)},
    {771, detail::ymd(1971, 12, 16), detail::ymd(2016, 12, 31)},
    {775, detail::ymd(1948, 1, 4), detail::ymd(2016, 12, 31)},
    {780, detail::ymd(1948, 2, 4), detail::ymd(2016, 12, 31)},
    {781, detail::ymd(1965, 7, 26), detail::ymd(2016, 12, 31)},
    {790, detail::ymd(1920, 1, 1), detail::ymd(2016, 12, 31)},
    {800, detail::ymd(1887, 1, 1), detail::ymd(2016, 12, 31)},
    {811, detail::ymd(1953, 11, 9), detail::ymd(2016, 12, 31)},
    {812, detail::ymd(1953, 10, 23), detail::ymd(2016, 12, 31)},
    {816, detail::ymd(1954, 7, 21), detail::ymd(2016, 12, 31)},
    {817, detail::ymd(1954, 6, 4), detail::ymd(1975, 4, 30)},
    {820, detail::ymd(1957, 8, 31), detail::ymd(2016, 12, 31)},
    {830, detail::ymd(1965, 8, 9), detail::ymd(2016, 12, 31)},
    {835, detail::ymd(1984, 1, 1), detail::ymd(2016, 12, 31)},
    {840, detail::ymd(1946, 7, 4), detail::ymd(2016, 12, 31)},
    {850, detail::ymd(1949, 12, 27), detail::ymd(2016, 12, 31)},
    {860, detail::ymd(2002, 9, 27), detail::ymd(2016, 12, 31)},
    {900, detail::ymd(1920, 1, 10), detail::ymd(2016, 12, 31)},
    {910, detail::ymd(1975, 9, 16), detail::ymd(2016, 12, 31)},
    {920, detail::ymd(1920, 1, 10), detail::ymd(2016, 12, 31)},
    {935, detail::ymd(1981, 9, 15), detail::ymd(2016, 12, 31)},
    {940, detail::ymd(1978, 7, 7), detail::ymd(2016, 12, 31)},
    {946, detail::ymd(1999, 9, 14), detail::ymd(2016, 12, 31)},
    {947, detail::ymd(2000, 9, 5), detail::ymd(2016, 12, 31)},
    {950, detail::ymd(1970, 10, 10), detail::ymd(2016, 12, 31)},
    {955, detail::ymd(1999, 9, 14), detail::ymd(2016, 12, 31)},
    {970, detail::ymd(1999, 9, 14), detail::ymd(2016, 12, 31)},
    {983, detail::ymd(1991, 9, 17), detail::ymd(2016, 12, 31)},
    {986, detail::ymd(1994, 12, 15), detail::ymd(2016, 12, 31)},
    {987, detail::ymd(1991, 9, 17), detail::ymd(2016, 12, 31)},
    {990, detail::ymd(1976, 12, 15), detail::ymd(2016, 12, 31)},
}};

// --- implementation -----------------------------------------------------------

namespace detail {
constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool same_folded(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// The tables' promises, checked when the header is compiled: codes sorted
// and unique, every spell's state known, valid days, spells in order and
// not overlapping.
constexpr bool tables_valid() noexcept {
    for (std::size_t i = 1; i < states.size(); ++i)
        if (states[i - 1].code >= states[i].code) return false;
    // Both tables are in code order, so one walk through the states finds
    // every spell's state: the check stays cheap for the compiler, which
    // evaluates it in every file that includes this header.
    std::size_t st = 0;
    for (std::size_t i = 0; i < spells.size(); ++i) {
        const auto& s = spells[i];
        if (!s.first.ok() || !s.last.ok() || s.last < s.first) return false;
        if (i > 0 && spells[i - 1].code > s.code) return false;
        if (i > 0 && spells[i - 1].code == s.code && spells[i - 1].last >= s.first) return false;
        while (st < states.size() && states[st].code < s.code) ++st;
        if (st == states.size() || states[st].code != s.code) return false;
    }
    return true;
}
static_assert(tables_valid(), "the COW state tables must be sorted, known and non-overlapping");
}  // namespace detail

namespace detail {
// The state's place in the table, or states.size(). An index rather than a
// pointer so that constant expressions can test it: GCC with
// -fsanitize=undefined cannot fold a test of a global's address for null.
constexpr std::size_t state_index(int code) noexcept {
    std::size_t lo = 0, hi = states.size();
    while (lo < hi) {  // binary search: the table is sorted by code
        const std::size_t mid = lo + (hi - lo) / 2;
        if (states[mid].code < code) lo = mid + 1;
        else hi = mid;
    }
    return lo < states.size() && states[lo].code == code ? lo : states.size();
}
}  // namespace detail

constexpr const state* find_state(int code) noexcept {
    const auto i = detail::state_index(code);
    return i < states.size() ? &states[i] : nullptr;
}

constexpr std::string_view abbreviation_of(int code) noexcept {
    const auto i = detail::state_index(code);
    return i < states.size() ? states[i].abbreviation : std::string_view{};
}

constexpr const state* find_state(std::string_view abbreviation_or_column) noexcept {
    for (const auto& s : states)
        if (detail::same_folded(s.abbreviation, abbreviation_or_column)) return &s;
    for (const auto& s : states)
        if (detail::same_folded(s.igo_column, abbreviation_or_column)) return &s;
    return nullptr;
}

static_assert(find_state(2)->abbreviation == "USA" && find_state(365)->abbreviation == "RUS");
static_assert(find_state("wgermany") == find_state(260) && find_state("gfr") == find_state(260));
static_assert(find_state(3) == nullptr && find_state("XYZ") == nullptr);
static_assert(abbreviation_of(260) == "GFR" && abbreviation_of(3).empty());

template <class>
party_id add_state(registry& r, const state& s) {
    if (const auto known = r.find_party(s.abbreviation)) return *known;
    const party_id id = r.add_party(s.abbreviation, s.name, party_kind::state);
    r.add_alias(id, std::to_string(s.code));
    r.add_alias(id, s.igo_column);
    return id;
}

template <class>
void add_system(registry& r) {
    r.add_organisation(system_key, system_name);
    for (const auto& s : states) add_state(r, s);
    for (const auto& s : spells) {
        period p;
        p.organisation = system_key;
        p.party = find_state(s.code)->abbreviation;
        p.status = status::member;
        p.from = partial_date{s.first};
        // Periods are half-open: the period ends on the day after the last day in the system.
        p.to = s.last == coverage_end ? boundary::open()
                                      : boundary{partial_date{date::year_month_day{date::sys_days{s.last} + date::days{1}}}};
        p.source = "COW State System Membership List v2016";
        r.add(p);
    }
}

template <class>
registry system_registry() {
    registry r;
    add_system(r);
    return r;
}

}  // namespace alliance::data::cow
