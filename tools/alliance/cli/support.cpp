// cli/support.cpp — the definitions of what cli/support.hpp declares (see there).
#include "cli/support.hpp"

#include "cli/dataset.hpp"

#include <alliance/data/codes.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <chrono>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

void assume_observed_until(dataset& d, std::string_view date_text) {
    const auto last = parse_day("DATE", date_text);
    for (const auto o : d.registry.organisations())
        if (const auto window = d.registry.coverage(o)) d.registry.set_coverage(o, window->first, last);
}

std::string printable(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::string out;
    out.reserve(n);
    const auto escape = [&](const char* prefix, std::uint32_t value, int digits) {
        out += prefix;
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(value >> shift) & 15u];
    };
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c == '\n') { out += "\\n"; ++i; continue; }
        if (c == '\t') { out += "\\t"; ++i; continue; }
        if (c == '\r') { out += "\\r"; ++i; continue; }
        if (c < 0x20 || c == 0x7F) { escape("\\x", c, 2); ++i; continue; }
        if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
        // A UTF-8 sequence: its length from the lead byte, then its continuation bytes.
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
        bool valid = len != 0 && i + len <= n;
        for (std::size_t k = 1; valid && k < len; ++k) {
            if ((s[i + k] & 0xC0u) != 0x80u) valid = false;
            else cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (valid && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
                      (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        if (!valid) { escape("\\x", c, 2); ++i; continue; }
        // C1 controls and the noncharacters U+FFFE, U+FFFF (not allowed in XML) are shown by their number.
        if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) escape("\\u", cp, 4);
        else out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

date::sys_days parse_day(std::string_view argument, std::string_view text) {
    const auto parsed = alliance::try_parse_partial_date(text);
    const auto fail = [&](std::string_view why) {
        // The parser's own "expected YYYY, YYYY-MM or YYYY-MM-DD" would contradict "(expected YYYY-MM-DD)".
        if (why.substr(0, 13) == "expected YYYY")
            return usage_error(std::string(argument) + " " + alliance::detail::echo(text) + " is not a date: expected YYYY-MM-DD");
        return usage_error(std::string(argument) + " " + alliance::detail::echo(text) + " is not a date: " + std::string(why) +
                           " (expected YYYY-MM-DD)");
    };
    if (!parsed) throw fail(parsed.problem);
    if (parsed.value.precision() != alliance::precision::day) throw fail("a day is needed, not a year or a month");
    return parsed.value.earliest();
}

date::year parse_year(std::string_view argument, std::string_view text) {
    const auto parsed = alliance::try_parse_partial_date(text);
    if (!parsed || parsed.value.precision() != alliance::precision::year)
        throw usage_error(std::string(argument) + " " + alliance::detail::echo(text) + " is not a year (expected YYYY)");
    return parsed.value.year();
}

namespace detail {
// The first keys, in key order: a file of thousands of organisations would
// otherwise make the one-line error thousands of keys long. `listing` names
// the command that lists them all.
template <class Ids, class Key>
std::string known_keys(const Ids& ids, Key key, std::string_view listing) {
    constexpr std::size_t shown = 24;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < shown; ++i) {
        if (!out.empty()) out += ", ";
        out += std::string(key(ids[i]));
    }
    if (ids.size() > shown)
        out += ", and " + std::to_string(ids.size() - shown) + " more: `alliance " + std::string(listing) + "` lists them";
    return out.empty() ? "none" : out;
}
}  // namespace detail

alliance::organisation_id find_organisation(const dataset& d, std::string_view argument,
                                            std::string_view text) {
    if (const auto id = d.registry.find_organisation(text)) return *id;
    throw usage_error(std::string(argument) + ": unknown organisation " + alliance::detail::echo(text) + " in " + d.origin +
                      " (known: " +
                      detail::known_keys(d.registry.organisations(),
                                         [&](alliance::organisation_id o) { return d.registry.key(o); }, "orgs") +
                      ")");
}

alliance::party_id find_party(const dataset& d, std::string_view argument, std::string_view text,
                              std::optional<date::sys_days> day) {
    if (const auto id = d.registry.find_party(text)) return *id;
    std::optional<alliance::party_id> by_code;
    try {
        by_code = alliance::data::codes::find_party(d.registry, text, day);
    } catch (const alliance::error& e) {
        throw usage_error(std::string(argument) + ": " + e.what());
    }
    d.used_codes = true;
    if (by_code) return *by_code;
    throw usage_error(std::string(argument) + ": unknown party " + alliance::detail::echo(text) + " in " + d.origin +
                      " (known: " +
                      detail::known_keys(d.registry.parties(), [&](alliance::party_id p) { return d.registry.key(p); },
                                         "parties") +
                      "; a party may also be named in English, or by a COW, G-W or ISO code)");
}

date::sys_days today() { return date::floor<date::days>(std::chrono::system_clock::now()); }

std::vector<std::string_view> split_keys(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto semi = text.find(';');
        const auto part = text.substr(0, semi);
        if (!part.empty()) out.push_back(part);
        text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
    }
    return out;
}

std::size_t display_width(std::string_view text) noexcept {
    // Continuation bytes (10xxxxxx) do not start a character.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

void text_table::print(std::ostream& out) const {
    std::vector<std::size_t> width;
    for (const auto& row : rows_) {
        if (width.size() < row.size()) width.resize(row.size(), 0);
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
    }
    for (const auto& row : rows_) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(width[i] - display_width(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }
}

}  // namespace alliance_cli
