// alliance/period.hpp — one status of one party in one organisation, from one boundary to the next.
//
// Periods are half-open in days: the day a status starts belongs to it, the
// day it ends belongs to whatever follows. Each boundary is a partial date,
// an open end (".."), or a partial date that other facts narrow down
// ("in 1999, but not before 2 April": an inference, recorded as such).
#pragma once

#include <alliance/error.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/status.hpp>

#include <date/date.h>

#include <string>
#include <string_view>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

class boundary {
public:
    // An open end: unbounded in the past for a start, still ongoing for an end.
    [[nodiscard]] static constexpr boundary open() noexcept { return boundary{}; }
    constexpr boundary(partial_date stated) noexcept;  // NOLINT: a date is a boundary

    // The same stated date, known by inference to fall within [not_before, not_after].
    [[nodiscard]] constexpr boundary narrowed(date::sys_days not_before, date::sys_days not_after) const noexcept;

    [[nodiscard]] constexpr bool is_open() const noexcept { return open_; }
    [[nodiscard]] constexpr bool is_narrowed() const noexcept;
    [[nodiscard]] constexpr partial_date stated() const noexcept { return stated_; }  // precondition: !is_open()
    // The days the boundary may fall on, [earliest(), latest()]; precondition: !is_open().
    [[nodiscard]] constexpr date::sys_days earliest() const noexcept { return earliest_; }
    [[nodiscard]] constexpr date::sys_days latest() const noexcept { return latest_; }
    [[nodiscard]] constexpr bool exact() const noexcept { return !open_ && earliest_ == latest_; }

    friend constexpr bool operator==(const boundary& a, const boundary& b) noexcept {
        return a.open_ == b.open_ && (a.open_ || (a.stated_ == b.stated_ && a.earliest_ == b.earliest_ && a.latest_ == b.latest_));
    }
    friend constexpr bool operator!=(const boundary& a, const boundary& b) noexcept { return !(a == b); }

private:
    constexpr boundary() noexcept : stated_(date::year{1}), open_(true) {}
    partial_date stated_;
    date::sys_days earliest_{};
    date::sys_days latest_{};
    bool open_ = false;
};

// Text: ".." | "1999" | "1999-04" | "1999-04-02", optionally followed by a
// narrowing "[1999-04-02..1999-12-31]" where either side may be left empty
// ("1999[1999-04-02..]"). Throws alliance::error (errc::invalid_date).
[[nodiscard]] boundary parse_boundary(std::string_view text);
[[nodiscard]] std::string to_string(const boundary& b);

// Which reading of the sources a fact belongs to. Queries answer from the
// primary reading; an alternative reading is kept so that a user can see and
// choose it (see registry_options).
enum class reading : std::uint8_t { primary, alternative };

struct period {
    std::string_view organisation;  // organisation key, e.g. "CSTO"
    std::string_view party;         // party key, e.g. "ARM"
    alliance::status status = status::member;
    boundary from = boundary::open();
    boundary to = boundary::open();
    alliance::basis basis = basis::de_jure;
    std::string_view source{};      // where the fact comes from (a citation key, a file)
    std::string_view note{};        // a quote or remark; for a narrowed boundary, the inference
    alliance::reading reading = reading::primary;
    std::string_view conflict{};    // key of the conflict this reading belongs to, if any
};

// Well-formed: a real status, valid dates, and a start before the end (the
// latest possible end is after the earliest possible start). Returns null or
// a sentence saying what is wrong; usable in constant expressions.
[[nodiscard]] constexpr const char* check(const period& p) noexcept;

// Throws alliance::error (errc::invalid_period or invalid_date) when check() fails.
void validate(const period& p, const location& where = {});

// --- implementation -----------------------------------------------------------

constexpr boundary::boundary(partial_date stated) noexcept
    : stated_(stated), earliest_(stated.earliest()), latest_(stated.latest()), open_(false) {}

constexpr boundary boundary::narrowed(date::sys_days not_before, date::sys_days not_after) const noexcept {
    boundary b = *this;
    if (not_before > b.earliest_) b.earliest_ = not_before;
    if (not_after < b.latest_) b.latest_ = not_after;
    return b;
}

constexpr bool boundary::is_narrowed() const noexcept {
    return !open_ && (earliest_ != stated_.earliest() || latest_ != stated_.latest());
}

constexpr const char* check(const period& p) noexcept {
    if (p.status == status::none) return "a period must have a status other than 'none'";
    if (!p.from.is_open() && !p.from.stated().ok()) return "the start date is not a valid date";
    if (!p.to.is_open() && !p.to.stated().ok()) return "the end date is not a valid date";
    if (!p.from.is_open() && p.from.earliest() > p.from.latest()) return "the start's narrowing excludes every day of its stated date";
    if (!p.to.is_open() && p.to.earliest() > p.to.latest()) return "the end's narrowing excludes every day of its stated date";
    if (!p.from.is_open() && !p.to.is_open() && p.to.latest() <= p.from.earliest())
        return "the period ends before it starts";
    return nullptr;
}

inline void validate(const period& p, const location& where) {
    if (const char* problem = check(p)) {
        const bool date_problem = std::string_view(problem).find("date") != std::string_view::npos;
        throw error(date_problem ? errc::invalid_date : errc::invalid_period,
                    date_problem ? "alliance.date.invalid" : "alliance.period.invalid",
                    std::string(problem) + " (" + std::string(p.organisation) + " " + std::string(p.party) + " " +
                        std::string(to_string(p.status)) + " " + to_string(p.from) + "/" + to_string(p.to) + ")",
                    where);
    }
}

inline std::string to_string(const boundary& b) {
    if (b.is_open()) return "..";
    std::string out = to_string(b.stated());
    if (b.is_narrowed()) {
        out += "[";
        if (b.earliest() != b.stated().earliest()) out += to_string(b.earliest());
        out += "..";
        if (b.latest() != b.stated().latest()) out += to_string(b.latest());
        out += "]";
    }
    return out;
}

inline boundary parse_boundary(std::string_view text) {
    if (text == "..") return boundary::open();
    const auto bracket = text.find('[');
    const auto stated = parse_partial_date(text.substr(0, bracket));
    boundary b{stated};
    if (bracket == std::string_view::npos) return b;
    const auto fail = [&](const char* why) {
        return error(errc::invalid_date, "alliance.date.invalid",
                     "invalid boundary " + detail::echo(text) + ": " + why);
    };
    if (text.back() != ']') throw fail("a narrowing must end with ']'");
    const auto inner = text.substr(bracket + 1, text.size() - bracket - 2);
    const auto dots = inner.find("..");
    if (dots == std::string_view::npos) throw fail("a narrowing is written [FROM..TO]");
    date::sys_days lo = b.earliest();
    date::sys_days hi = b.latest();
    const auto day_of = [&](std::string_view s) {
        const auto d = parse_partial_date(s);
        if (d.precision() != precision::day) throw fail("a narrowing's limits are days (YYYY-MM-DD)");
        return d.earliest();
    };
    if (dots > 0) lo = day_of(inner.substr(0, dots));
    if (dots + 2 < inner.size()) hi = day_of(inner.substr(dots + 2));
    if (lo < b.earliest() || hi > b.latest() || lo > hi)
        throw fail("the narrowing must lie within the stated date and not be empty");
    if (lo == b.earliest() && hi == b.latest()) throw fail("the narrowing narrows nothing");
    return b.narrowed(lo, hi);
}

}  // namespace alliance
