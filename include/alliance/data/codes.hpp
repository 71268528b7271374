// alliance/data/codes.hpp — a time-aware crosswalk between country codes.
//
// International-relations data name countries by different codes: the
// Correlates of War (COW) number and letters (Kyrgyzstan 703 KYR), the
// Gleditsch-Ward (G-W) number and letters, ISO 3166-1 alpha-3 and numeric
// (KGZ, 417). Codes change over time and the systems disagree: Germany is COW
// 255 GMY (1816-1945, 1990-) and 260 GFR (1955-1990) but G-W 260 GFR from
// 1949; COW keeps 345 YUG for Serbia where G-W starts 340 SER in 2006. The
// crosswalk holds, for each country (one per English name of the R package
// countrycode), every code it held and the days it held it, and answers
//
//   find("KYR")                         the countries a code names, in any scheme
//   convert("DEU", scheme::iso3c, scheme::cown, day)     "255" in 2000, "260" in 1960
//   find_party(registry, "703", day)    the party of a registry a code names
//
// Scheme names, as countrycode spells them: cown, cowc, gwn, gwc, iso3c,
// iso3n, name. Numbers are written without leading zeros (ISO 004 is "4")
// and read with or without them; letters and names match in any case.
//
// The table (detail/codes_table.hpp) is generated from countrycode's panel
// and the COW and G-W state lists by tools/codes/generate_codes.py: see it
// for how each spell is derived. It is distributed under GPL-3 (it derives
// from countrycode), the rest of the library under MIT: a program that
// includes this header carries GPL-3 data. Nothing else in the library
// includes it.
#pragma once

#include <alliance/data/cow_states.hpp>
#include <alliance/data/detail/codes_table.hpp>
#include <alliance/error.hpp>
#include <alliance/panel.hpp>  // panel_frame
#include <alliance/registry.hpp>

#include <date/date.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace alliance::data::codes {

// --- synopsis -----------------------------------------------------------------

enum class scheme : std::uint8_t { cown, cowc, gwn, gwc, iso3c, iso3n, name };
inline constexpr std::array<scheme, 7> schemes{scheme::cown,  scheme::cowc,  scheme::gwn, scheme::gwc,
                                               scheme::iso3c, scheme::iso3n, scheme::name};
[[nodiscard]] constexpr std::string_view to_string(scheme s) noexcept;
[[nodiscard]] constexpr std::optional<scheme> parse_scheme(std::string_view text) noexcept;
// "cown, cowc, gwn, gwc, iso3c, iso3n, name", for messages.
template <class = void>
[[nodiscard]] std::string scheme_names();
// The scheme named `text`; else errc::malformed_input naming the accepted ones.
template <class = void>
[[nodiscard]] scheme scheme_named(std::string_view text);

// A country of the crosswalk (an index into its table).
struct country_id {
    std::uint16_t value;
    friend constexpr bool operator==(country_id a, country_id b) noexcept { return a.value == b.value; }
    friend constexpr bool operator!=(country_id a, country_id b) noexcept { return a.value != b.value; }
    friend constexpr bool operator<(country_id a, country_id b) noexcept { return a.value < b.value; }
};
[[nodiscard]] constexpr std::size_t country_count() noexcept;
// countrycode's English name: "Germany", "Yemen Arab Republic".
[[nodiscard]] constexpr std::string_view name(country_id c) noexcept;

// A code in one scheme: a number (cown, gwn, iso3n), letters (cowc, gwc,
// iso3c) or a name.
struct code {
    scheme in;
    std::uint16_t number;
    std::string_view letters;  // letters, or the name
    template <class = void>
    [[nodiscard]] std::string text() const;  // "255", "GMY", "Germany"
};

// The code of the country in the scheme on the day; none when it held none
// then (Germany has no COW code from 1945-05-09 to 1955-05-04). The name is
// held on every day.
[[nodiscard]] constexpr std::optional<code> code_of(country_id c, scheme s, date::sys_days day) noexcept;
// The country that `text` names in the scheme on the day (at most one: the
// generator refuses a code held by two countries at once).
[[nodiscard]] constexpr std::optional<country_id> find(std::string_view text, scheme s, date::sys_days day) noexcept;

// Every (country, scheme) that `text` names, in any scheme, on the day or,
// without one, on any day: "703" is Kyrgyzstan by cown and gwn and Slovakia
// by iso3n. Ordered by country, then scheme.
struct match {
    country_id country;
    scheme by;
};
template <class = void>
[[nodiscard]] std::vector<match> find_all(std::string_view text, std::optional<date::sys_days> day = std::nullopt);

// The code `text` (in scheme `from`) converted to scheme `to` on the day, as
// text; none when `text` names no country in `from` then, or the country
// held no code in `to`.
template <class = void>
[[nodiscard]] std::optional<std::string> convert(std::string_view text, scheme from, scheme to, date::sys_days day);
// The same with scheme names ("iso3c"); an unknown name is errc::malformed_input.
template <class = void>
[[nodiscard]] std::optional<std::string> convert(std::string_view text, std::string_view from, std::string_view to,
                                                 date::sys_days day);

// The spans over which a country held its codes in a scheme, oldest first.
struct held_code {
    code value;
    date::sys_days first;
    std::optional<date::sys_days> last;  // none: still held
};
template <class = void>
[[nodiscard]] std::vector<held_code> history(country_id c, scheme s);

// The country a party of a registry stands for: the countries its key names
// in any scheme, else those its English name names (KYR -> Kyrgyzstan,
// "Germany" -> Germany). Empty for a party that is no country.
template <class = void>
[[nodiscard]] std::vector<country_id> countries_of(const registry& r, party_id p);

// The country the party is on the day: of countries_of(), the one with a
// code on that day (in the order of `schemes`, the name left out) that is the
// party's key or one of its aliases; none when no code of theirs is. The COW
// party GMY is Germany in 2000 (COW 255) but no country in 1960, when
// Germany's COW code is 260, the key of the party GFR.
template <class = void>
[[nodiscard]] std::optional<country_id> country_of(const registry& r, party_id p, date::sys_days day);

// The party of the registry that `key_or_code` names. First as
// registry::find_party() finds it (key, English name, alias); else as a code
// in any scheme, on the day or, without one, on any day. A country found
// through the code is a party when one of its codes on that day (tried in the
// order of `schemes`, the first scheme that finds a party deciding) is the
// party's key, alias or name, and the party stands for that country
// (countries_of): a registry with KGZ finds it for "KYR", "703" and "417".
// None when no party answers; errc::unknown_party with id
// "alliance.codes.ambiguous" naming both when two parties do (a code that
// names two countries which are both parties, or a country that is two
// parties of the registry, GMY and GFR, asked without a day).
template <class = void>
[[nodiscard]] std::optional<party_id> find_party(const registry& r, std::string_view key_or_code,
                                                 std::optional<date::sys_days> day = std::nullopt);

// The states of a system as a panel frame over the registry (the rows every
// regression needs, non-members included): scheme::cown, the Correlates of
// War state system (frame "cow-system", states2016: 191 states in 2000);
// scheme::gwn, Gleditsch and Ward's list of independent states ("gw-system",
// microstates included). One entry per spell of a state in the system, days
// as the list gives them (a spell still going on ends 9999-12-31), with the
// state's number in `code`. A state that is a party of the registry (its
// country held, on the spell's last day or today, a code that is the party's
// key or alias) is keyed by the party's key; any other by the last code it
// held during the spell in the scheme most of the registry's keys are written
// in (cowc, iso3c or gwc: "AUT" beside CSTO's ISO keys, "AUS" beside COW's),
// else by the system's letters, else by its number. Another scheme is errc::malformed_input.
template <class = void>
[[nodiscard]] panel_frame system_frame(const registry& r, scheme system);
// The system of the frame a name asks, as the program's `panel --frame`:
// "members" (the organisation's parties, no frame) is none, "cow-system"
// scheme::cown, "gw-system" scheme::gwn; another name is
// errc::malformed_input, id "alliance.panel.frame".
template <class = void>
[[nodiscard]] std::optional<scheme> frame_system(std::string_view frame);

// Codes beside a panel's rows, as the program's --codes columns give them.
// The day a row's codes are read on: the rule's day, the first day of the
// row's year (month 0) or month for panel_rule::first_day and its last day
// otherwise, moved into the frame entry's spell when the row has one.
template <class = void>
[[nodiscard]] date::sys_days code_day(int year, unsigned month, panel_rule rule, const frame_entry* entry = nullptr);
// The codes of panel rows' states in each of `schemes`, remembering the
// country each state is on each day asked (a table of many rows asks few).
class row_codes {
public:
    // `system`: the scheme of a frame's numbers (frame_entry::code).
    row_codes(const registry& r, std::vector<scheme> asked, scheme system = scheme::cown)
        : r_(r), schemes_(std::move(asked)), system_(system) {}
    [[nodiscard]] const std::vector<scheme>& schemes() const noexcept { return schemes_; }
    // One code per scheme, none where the state held none on the day: of
    // a frame entry's state (by its number), else of the registry's party
    // (country_of); all none when neither is a country then.
    template <class = void>
    const std::vector<std::optional<code>>& of(std::optional<party_id> party, const frame_entry* entry, date::sys_days day);
    // The same codes kept as a table's cells: a column per scheme, a cell per add().
    template <class = void>
    void add(std::optional<party_id> party, const frame_entry* entry, date::sys_days day);
    [[nodiscard]] const std::vector<std::vector<std::optional<code>>>& columns() const noexcept { return columns_; }

private:
    const registry& r_;
    std::vector<scheme> schemes_;
    scheme system_;
    std::vector<std::optional<code>> codes_;
    std::vector<std::vector<std::optional<code>>> columns_;
    std::map<std::tuple<const frame_entry*, std::uint32_t, std::int32_t>, std::optional<country_id>> countries_;
};

// --- implementation -----------------------------------------------------------

namespace detail {
constexpr date::sys_days day_of(std::uint32_t yyyymmdd) noexcept {
    return date::sys_days{date::year_month_day{date::year{static_cast<int>(yyyymmdd / 10000)},
                                               date::month{yyyymmdd / 100 % 100}, date::day{yyyymmdd % 100}}};
}

constexpr bool holds(const code_spell& s, date::sys_days day) noexcept {
    return day_of(s.first) <= day && (s.last == open_end || day <= day_of(s.last));
}

constexpr family family_of(scheme s) noexcept {
    switch (s) {
        case scheme::cown:
        case scheme::cowc: return family::cow;
        case scheme::gwn:
        case scheme::gwc: return family::gw;
        default: return family::iso;
    }
}

constexpr bool is_number(scheme s) noexcept { return s == scheme::cown || s == scheme::gwn || s == scheme::iso3n; }

// The spell's code in the scheme (number or letters).
constexpr code code_in(const code_spell& s, scheme in) noexcept {
    if (!is_number(in) && s.system == family::cow) {
        return {in, s.number, cow::abbreviation_of(s.number)};
    }
    return {in, s.number, is_number(in) ? std::string_view{} : s.letters};
}

// "0703" -> 703; none unless 1 to 5 digits.
constexpr std::optional<std::uint16_t> parse_number(std::string_view text) noexcept {
    if (text.empty() || text.size() > 5) return std::nullopt;
    std::uint32_t n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (n > 65535) return std::nullopt;
    return static_cast<std::uint16_t>(n);
}

constexpr bool names(const code_spell& s, scheme in, std::string_view text) noexcept {
    if (is_number(in)) {
        const auto n = parse_number(text);
        return n && *n == s.number;
    }
    const auto letters = code_in(s, in).letters;
    return !letters.empty() && cow::detail::same_folded(letters, text);
}
}  // namespace detail

constexpr std::string_view to_string(scheme s) noexcept {
    switch (s) {
        case scheme::cown: return "cown";
        case scheme::cowc: return "cowc";
        case scheme::gwn: return "gwn";
        case scheme::gwc: return "gwc";
        case scheme::iso3c: return "iso3c";
        case scheme::iso3n: return "iso3n";
        case scheme::name: return "name";
    }
    return "name";
}

constexpr std::optional<scheme> parse_scheme(std::string_view text) noexcept {
    for (const auto s : schemes)
        if (to_string(s) == text) return s;
    return std::nullopt;
}

template <class>
std::string scheme_names() {
    std::string out;
    for (const auto s : schemes) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
    return out;
}

template <class>
scheme scheme_named(std::string_view text) {
    if (const auto s = parse_scheme(text)) return *s;
    throw error(errc::malformed_input, "alliance.codes.scheme",
                "unknown code scheme '" + std::string(text) + "' (schemes: " + scheme_names() + ")");
}

constexpr std::size_t country_count() noexcept { return detail::country_names.size(); }

constexpr std::string_view name(country_id c) noexcept {
    return c.value < detail::country_names.size() ? detail::country_names[c.value] : std::string_view{};
}

template <class>
std::string code::text() const {
    return detail::is_number(in) ? std::to_string(number) : std::string(letters);
}

constexpr std::optional<code> code_of(country_id c, scheme s, date::sys_days day) noexcept {
    if (s == scheme::name) return code{s, 0, name(c)};
    for (const auto& spell : detail::code_spells)
        if (spell.country == c.value && spell.system == detail::family_of(s) && detail::holds(spell, day))
            return detail::code_in(spell, s);
    return std::nullopt;
}

constexpr std::optional<country_id> find(std::string_view text, scheme s, date::sys_days day) noexcept {
    if (s == scheme::name) {
        for (std::size_t i = 0; i < detail::country_names.size(); ++i)
            if (cow::detail::same_folded(detail::country_names[i], text)) return country_id{static_cast<std::uint16_t>(i)};
        return std::nullopt;
    }
    for (const auto& spell : detail::code_spells)
        if (spell.system == detail::family_of(s) && detail::holds(spell, day) && detail::names(spell, s, text))
            return country_id{spell.country};
    return std::nullopt;
}

template <class>
std::vector<match> find_all(std::string_view text, std::optional<date::sys_days> day) {
    std::vector<match> out;
    const auto add = [&](country_id c, scheme s) {
        if (std::none_of(out.begin(), out.end(), [&](const match& m) { return m.country == c && m.by == s; }))
            out.push_back({c, s});
    };
    for (const auto s : schemes) {
        if (s == scheme::name) {
            if (const auto c = find(text, s, date::sys_days{})) add(*c, s);
            continue;
        }
        for (const auto& spell : detail::code_spells)
            if (spell.system == detail::family_of(s) && (!day || detail::holds(spell, *day)) &&
                detail::names(spell, s, text))
                add(country_id{spell.country}, s);
    }
    std::sort(out.begin(), out.end(), [](const match& a, const match& b) {
        return a.country != b.country ? a.country < b.country : a.by < b.by;
    });
    return out;
}

template <class>
std::optional<std::string> convert(std::string_view text, scheme from, scheme to, date::sys_days day) {
    const auto c = find(text, from, day);
    if (!c) return std::nullopt;
    const auto value = code_of(*c, to, day);
    return value ? std::optional<std::string>{value->text()} : std::nullopt;
}

template <class>
std::optional<std::string> convert(std::string_view text, std::string_view from, std::string_view to,
                                          date::sys_days day) {
    return convert(text, scheme_named(from), scheme_named(to), day);
}

template <class>
std::vector<held_code> history(country_id c, scheme s) {
    std::vector<held_code> out;
    if (s == scheme::name) return {{code{s, 0, name(c)}, detail::day_of(17890101), std::nullopt}};
    for (const auto& spell : detail::code_spells)
        if (spell.country == c.value && spell.system == detail::family_of(s))
            out.push_back({detail::code_in(spell, s), detail::day_of(spell.first),
                           spell.last == detail::open_end ? std::nullopt
                                                          : std::optional<date::sys_days>{detail::day_of(spell.last)}});
    return out;
}

template <class>
std::vector<country_id> countries_of(const registry& r, party_id p) {
    std::vector<country_id> out;
    for (const auto text : {r.key(p), r.name(p)}) {
        for (const auto& m : find_all(text))
            if (std::find(out.begin(), out.end(), m.country) == out.end()) out.push_back(m.country);
        if (!out.empty()) break;
    }
    return out;
}

template <class>
std::optional<country_id> country_of(const registry& r, party_id p, date::sys_days day) {
    const auto candidates = countries_of(r, p);
    std::vector<std::string_view> own{r.key(p)};
    for (const auto alias : r.aliases(p)) own.push_back(alias);
    for (const auto s : schemes) {
        if (s == scheme::name) break;
        for (const auto c : candidates) {
            const auto value = code_of(c, s, day);
            if (!value) continue;
            const auto text = value->text();
            if (std::any_of(own.begin(), own.end(), [&](std::string_view k) { return cow::detail::same_folded(k, text); }))
                return c;
        }
    }
    return std::nullopt;
}

namespace detail {
// The parties the country is in the registry on the day (or on any day), by
// the first scheme that finds one.
template <class = void>
std::vector<party_id> parties_of(const registry& r, country_id c, std::optional<date::sys_days> day) {
    std::vector<party_id> found;
    for (const auto s : schemes) {
        std::vector<std::string> texts;
        if (day) {
            if (const auto value = code_of(c, s, *day)) texts.push_back(value->text());
        } else {
            for (const auto& h : history(c, s)) texts.push_back(h.value.text());
        }
        for (const auto& text : texts) {
            const auto p = r.find_party(text);
            if (!p || std::find(found.begin(), found.end(), *p) != found.end()) continue;
            const auto stands_for = countries_of(r, *p);
            if (std::find(stands_for.begin(), stands_for.end(), c) != stands_for.end()) found.push_back(*p);
        }
        if (!found.empty()) break;
    }
    return found;
}
}  // namespace detail

template <class>
std::optional<party_id> find_party(const registry& r, std::string_view key_or_code,
                                          std::optional<date::sys_days> day) {
    if (const auto p = r.find_party(key_or_code)) return p;
    std::vector<std::pair<party_id, country_id>> found;
    std::vector<country_id> asked;
    for (const auto& m : find_all(key_or_code, day)) {
        if (std::find(asked.begin(), asked.end(), m.country) != asked.end()) continue;
        asked.push_back(m.country);
        for (const auto p : detail::parties_of(r, m.country, day))
            if (std::none_of(found.begin(), found.end(), [&](const auto& f) { return f.first == p; }))
                found.emplace_back(p, m.country);
    }
    if (found.empty()) return std::nullopt;
    if (found.size() > 1) {
        std::string both;
        for (const auto& [p, c] : found)
            both += (both.empty() ? "" : " and ") + std::string(r.key(p)) + " (" + std::string(name(c)) + ")";
        throw error(errc::unknown_party, "alliance.codes.ambiguous",
                    "the code '" + std::string(key_or_code) + "' names more than one party" +
                        (day ? " on " + alliance::to_string(*day) : std::string(" over time")) + ": " + both);
    }
    return found.front().first;
}

template <class>
panel_frame system_frame(const registry& r, scheme system) {
    if (system != scheme::cown && system != scheme::gwn)
        throw error(errc::malformed_input, "alliance.codes.system",
                    "a system frame is that of cown (the Correlates of War state system) or gwn (Gleditsch-Ward), not " +
                        std::string(to_string(system)));
    const scheme letters = system == scheme::cown ? scheme::cowc : scheme::gwc;
    // The scheme the registry's keys are written in: the one most keys name a country in.
    const std::array<scheme, 3> key_schemes{letters, scheme::iso3c, system == scheme::cown ? scheme::gwc : scheme::cowc};
    std::array<std::size_t, 3> votes{};
    for (const auto p : r.parties())
        for (const auto& m : find_all(r.key(p)))
            for (std::size_t k = 0; k < key_schemes.size(); ++k)
                if (m.by == key_schemes[k]) ++votes[k];
    const scheme keyed = key_schemes[static_cast<std::size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin())];

    const date::sys_days today = date::floor<date::days>(std::chrono::system_clock::now());
    const date::sys_days never_ends{date::year{9999} / 12 / 31};
    panel_frame frame{system == scheme::cown ? "cow-system" : "gw-system", {}};
    for (std::uint16_t c = 0; c < country_count(); ++c)
        for (const auto& h : history(country_id{c}, system)) {
            const date::sys_days last = h.last.value_or(never_ends);
            const date::sys_days day = std::max(h.first, std::min(last, today));
            const auto parties = detail::parties_of(r, country_id{c}, day);
            // The last code the state held in a scheme during the spell, if any.
            const auto held_in = [&](scheme s) -> std::optional<std::string> {
                std::optional<std::string> found;
                for (const auto& k : history(country_id{c}, s))
                    if (k.first <= last && h.first <= k.last.value_or(never_ends)) found = k.value.text();
                return found;
            };
            std::string key;
            if (!parties.empty()) key = std::string(r.key(parties.front()));
            else if (auto own = held_in(keyed)) key = std::move(*own);
            else if (auto in_system = held_in(letters)) key = std::move(*in_system);
            else key = h.value.text();
            frame.entries.push_back({std::move(key),
                                     parties.empty() ? std::nullopt : std::optional<party_id>(parties.front()), h.first,
                                     last, h.value.number});
        }
    return frame;
}

template <class>
std::optional<scheme> frame_system(std::string_view frame) {
    if (frame == "members") return std::nullopt;
    if (frame == "cow-system") return scheme::cown;
    if (frame == "gw-system") return scheme::gwn;
    throw error(errc::malformed_input, "alliance.panel.frame",
                "unknown panel frame '" + std::string(frame) + "' (frames: members, cow-system, gw-system)");
}

template <class>
date::sys_days code_day(int year, unsigned month, panel_rule rule, const frame_entry* entry) {
    const date::year_month first = date::year{year} / date::month{month == 0 ? 1u : month};
    const date::year_month last = date::year{year} / date::month{month == 0 ? 12u : month};
    date::sys_days day = rule == panel_rule::first_day ? date::sys_days{first / 1} : date::sys_days{last / date::last};
    if (entry != nullptr) day = std::min(std::max(day, entry->first), entry->last);
    return day;
}

template <class>
const std::vector<std::optional<code>>& row_codes::of(std::optional<party_id> party, const frame_entry* entry,
                                                            date::sys_days day) {
    codes_.clear();
    if (schemes_.empty()) return codes_;
    const auto key = std::make_tuple(entry, party ? party->value + 1 : 0u,
                                     static_cast<std::int32_t>(day.time_since_epoch().count()));
    auto it = countries_.find(key);
    if (it == countries_.end()) {
        std::optional<country_id> country;
        if (entry != nullptr) country = find(std::to_string(entry->code), system_, day);
        else if (party) country = country_of(r_, *party, day);
        it = countries_.emplace(key, country).first;
    }
    for (const auto s : schemes_) codes_.push_back(it->second ? code_of(*it->second, s, day) : std::nullopt);
    return codes_;
}

template <class>
void row_codes::add(std::optional<party_id> party, const frame_entry* entry, date::sys_days day) {
    const auto& found = of(party, entry, day);
    columns_.resize(found.size());
    for (std::size_t k = 0; k < found.size(); ++k) columns_[k].push_back(found[k]);
}

}  // namespace alliance::data::codes
