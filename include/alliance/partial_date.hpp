// alliance/partial_date.hpp — a date as the sources state it: a year, a month or a day.
//
// "Joined in 1993" is not 1993-01-01. A partial_date keeps the precision the
// source gave and answers only what that precision allows: its earliest and
// its latest possible day. It never converts silently to a day.
//
// Text form: ISO 8601 / EDTF level 0 — "1993", "2009-10", "2012-06-28".
#pragma once

#include <alliance/error.hpp>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

enum class precision : std::uint8_t { year, month, day };

class partial_date {
public:
    constexpr explicit partial_date(date::year y) noexcept;
    constexpr explicit partial_date(date::year_month ym) noexcept;
    constexpr explicit partial_date(date::year_month_day ymd) noexcept;

    // Valid: year 1..9999, and for month and day precision a month and day that exist.
    [[nodiscard]] constexpr bool ok() const noexcept;

    [[nodiscard]] constexpr alliance::precision precision() const noexcept;
    [[nodiscard]] constexpr date::year year() const noexcept;
    [[nodiscard]] constexpr date::month month() const noexcept;  // precondition: precision() != year
    [[nodiscard]] constexpr date::day day() const noexcept;      // precondition: precision() == day

    // The range of days the stated date may be: [earliest(), latest()], inclusive.
    [[nodiscard]] constexpr date::sys_days earliest() const noexcept;
    [[nodiscard]] constexpr date::sys_days latest() const noexcept;
    [[nodiscard]] constexpr bool may_be(date::sys_days d) const noexcept;

    friend constexpr bool operator==(partial_date a, partial_date b) noexcept {
        return a.y_ == b.y_ && a.m_ == b.m_ && a.d_ == b.d_;
    }
    friend constexpr bool operator!=(partial_date a, partial_date b) noexcept { return !(a == b); }

private:
    std::int16_t y_;
    std::uint8_t m_;  // 0: year precision
    std::uint8_t d_;  // 0: year or month precision
};

// Parsing without exceptions, usable in constant expressions: `problem` is
// null on success, else a sentence saying what is wrong.
struct partial_date_parse {
    partial_date value{date::year{1}};
    const char* problem = nullptr;
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return problem == nullptr; }
};
[[nodiscard]] constexpr partial_date_parse try_parse_partial_date(std::string_view text) noexcept;

// Parsing that throws alliance::error (errc::invalid_date) with the text quoted.
[[nodiscard]] partial_date parse_partial_date(std::string_view text);

[[nodiscard]] std::string to_string(partial_date d);

namespace literals {
// "1993"_pd, "2009-10"_pd, "2012-06-28"_pd. A bad literal fails to compile
// when used in a constant expression.
[[nodiscard]] constexpr partial_date operator""_pd(const char* text, std::size_t size);
}  // namespace literals

// --- implementation -----------------------------------------------------------

constexpr partial_date::partial_date(date::year y) noexcept
    : y_(static_cast<std::int16_t>(static_cast<int>(y))), m_(0), d_(0) {}

namespace detail {
// Month 0 and day 0 mean "no month" and "no day" inside partial_date. A month
// or day that is 0 (or too large to store) in the value given is stored as
// 255 instead, so that it stays invalid (ok() is false) rather than silently
// becoming a coarser, valid date.
constexpr std::uint8_t stored_part(unsigned v) noexcept {
    return v == 0 || v > 254 ? std::uint8_t{255} : static_cast<std::uint8_t>(v);
}
}  // namespace detail

constexpr partial_date::partial_date(date::year_month ym) noexcept
    : y_(static_cast<std::int16_t>(static_cast<int>(ym.year()))),
      m_(detail::stored_part(static_cast<unsigned>(ym.month()))),
      d_(0) {}

constexpr partial_date::partial_date(date::year_month_day ymd) noexcept
    : y_(static_cast<std::int16_t>(static_cast<int>(ymd.year()))),
      m_(detail::stored_part(static_cast<unsigned>(ymd.month()))),
      d_(detail::stored_part(static_cast<unsigned>(ymd.day()))) {}

constexpr bool partial_date::ok() const noexcept {
    if (y_ < 1 || y_ > 9999) return false;
    if (m_ == 0) return d_ == 0;
    if (m_ > 12) return false;
    if (d_ == 0) return true;
    return date::year_month_day{year(), month(), day()}.ok();
}

constexpr alliance::precision partial_date::precision() const noexcept {
    return m_ == 0 ? precision::year : d_ == 0 ? precision::month : precision::day;
}

constexpr date::year partial_date::year() const noexcept { return date::year{y_}; }
constexpr date::month partial_date::month() const noexcept { return date::month{m_}; }
constexpr date::day partial_date::day() const noexcept { return date::day{d_}; }

constexpr date::sys_days partial_date::earliest() const noexcept {
    switch (precision()) {
        case precision::year: return date::sys_days{year() / date::January / 1};
        case precision::month: return date::sys_days{year() / month() / 1};
        case precision::day: break;
    }
    return date::sys_days{year() / month() / day()};
}

constexpr date::sys_days partial_date::latest() const noexcept {
    switch (precision()) {
        case precision::year: return date::sys_days{year() / date::December / 31};
        case precision::month: return date::sys_days{year() / month() / date::last};
        case precision::day: break;
    }
    return date::sys_days{year() / month() / day()};
}

constexpr bool partial_date::may_be(date::sys_days d) const noexcept {
    return earliest() <= d && d <= latest();
}

namespace detail {
constexpr int digits(std::string_view s, std::size_t pos, std::size_t count) noexcept {
    if (pos + count > s.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}
}  // namespace detail

constexpr partial_date_parse try_parse_partial_date(std::string_view s) noexcept {
    partial_date_parse r;
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) {
        r.problem = "expected YYYY, YYYY-MM or YYYY-MM-DD";
        return r;
    }
    const int y = detail::digits(s, 0, 4);
    if (y < 0) { r.problem = "the year is not four digits"; return r; }
    if (y == 0) { r.problem = "year 0000 is out of range (0001-9999)"; return r; }
    if (s.size() == 4) { r.value = partial_date{date::year{y}}; return r; }
    if (s[4] != '-') { r.problem = "expected '-' after the year"; return r; }
    const int m = detail::digits(s, 5, 2);
    if (m < 0) { r.problem = "the month is not two digits"; return r; }
    if (m < 1 || m > 12) { r.problem = "the month is not 01-12"; return r; }
    const date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(m)}};
    if (s.size() == 7) { r.value = partial_date{ym}; return r; }
    if (s[7] != '-') { r.problem = "expected '-' after the month"; return r; }
    const int d = detail::digits(s, 8, 2);
    if (d < 0) { r.problem = "the day is not two digits"; return r; }
    const date::year_month_day ymd{ym.year(), ym.month(), date::day{static_cast<unsigned>(d)}};
    if (d == 0 || !ymd.ok()) { r.problem = "no such day in that month"; return r; }
    r.value = partial_date{ymd};
    return r;
}

inline partial_date parse_partial_date(std::string_view text) {
    const auto r = try_parse_partial_date(text);
    if (!r) {
        throw error(errc::invalid_date, "alliance.date.invalid",
                    "invalid date " + detail::echo(text) + ": " + r.problem);
    }
    return r.value;
}

inline std::string to_string(partial_date d) {
    auto pad = [](unsigned v, int width) {
        std::string s = std::to_string(v);
        return std::string(static_cast<std::size_t>(width) - std::min(s.size(), static_cast<std::size_t>(width)), '0') + s;
    };
    std::string out = pad(static_cast<unsigned>(static_cast<int>(d.year())), 4);
    if (d.precision() != precision::year) out += "-" + pad(static_cast<unsigned>(d.month()), 2);
    if (d.precision() == precision::day) out += "-" + pad(static_cast<unsigned>(d.day()), 2);
    return out;
}

// Day-precise text: "2012-06-28". Used wherever a single day is printed.
[[nodiscard]] inline std::string to_string(date::sys_days d) {
    return to_string(partial_date{date::year_month_day{d}});
}

namespace literals {
constexpr partial_date operator""_pd(const char* text, std::size_t size) {
    const auto r = try_parse_partial_date(std::string_view(text, size));
    if (!r) detail::constexpr_error(errc::invalid_date, "alliance.date.invalid", r.problem);
    return r.value;
}
}  // namespace literals

}  // namespace alliance
