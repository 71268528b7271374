// alliance/status.hpp — what a party is in an organisation on a day, and how sure we are.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// A party's standing in an organisation. `none` is the absence of any status
// (never joined, or left without a recorded status afterwards).
//
// `signatory`: signed a treaty that has not (yet) entered into force for it.
// `withdrawn`: has left and the sources record the withdrawal as a standing
// of its own (so that "withdrew in 2012" differs from "never a member").
enum class status : std::uint8_t {
    none = 0,
    member,
    associate,
    observer,
    signatory,
    suspended,
    frozen,
    withdrawn,
};
inline constexpr std::size_t status_count = 8;

[[nodiscard]] constexpr std::string_view to_string(status s) noexcept;
[[nodiscard]] constexpr std::optional<status> parse_status(std::string_view text) noexcept;

// Whether a period is a legal fact (de jure) or a state of affairs the sources
// describe without a legal act (de facto: "froze its participation").
enum class basis : std::uint8_t { de_jure, de_facto };

[[nodiscard]] constexpr std::string_view to_string(basis b) noexcept;
[[nodiscard]] constexpr std::optional<basis> parse_basis(std::string_view text) noexcept;

// A three-valued answer: the sources say yes, say no, or leave it undecided
// (a boundary known only to the year or month falls on an unknown day).
enum class answer : std::uint8_t { no, yes, unknown };

[[nodiscard]] constexpr std::string_view to_string(answer a) noexcept;

// The status of a party on a day as far as the sources decide it.
class status_reading {
public:
    constexpr status_reading(status s) noexcept : status_(s), known_(true) {}  // NOLINT: a known status reads as itself
    [[nodiscard]] static constexpr status_reading unknown() noexcept { return status_reading{}; }

    [[nodiscard]] constexpr bool known() const noexcept { return known_; }
    // The status; `none` when unknown — ask known() first.
    [[nodiscard]] constexpr status value() const noexcept { return status_; }
    // Does the party hold `s` on that day? yes / no / unknown.
    [[nodiscard]] constexpr answer is(status s) const noexcept {
        return !known_ ? answer::unknown : status_ == s ? answer::yes : answer::no;
    }

    friend constexpr bool operator==(status_reading a, status_reading b) noexcept {
        return a.known_ == b.known_ && a.status_ == b.status_;
    }
    friend constexpr bool operator!=(status_reading a, status_reading b) noexcept { return !(a == b); }

private:
    constexpr status_reading() noexcept : status_(status::none), known_(false) {}
    status status_;
    bool known_;
};

// "member", "suspended", … or "unknown".
[[nodiscard]] constexpr std::string_view to_string(status_reading r) noexcept;

// --- implementation -----------------------------------------------------------

constexpr std::string_view to_string(status s) noexcept {
    switch (s) {
        case status::none: return "none";
        case status::member: return "member";
        case status::associate: return "associate";
        case status::observer: return "observer";
        case status::signatory: return "signatory";
        case status::suspended: return "suspended";
        case status::frozen: return "frozen";
        case status::withdrawn: return "withdrawn";
    }
    return "none";
}

constexpr std::optional<status> parse_status(std::string_view text) noexcept {
    for (std::size_t i = 0; i < status_count; ++i) {
        const auto s = static_cast<status>(i);
        if (to_string(s) == text) return s;
    }
    return std::nullopt;
}

constexpr std::string_view to_string(basis b) noexcept {
    return b == basis::de_jure ? "de_jure" : "de_facto";
}

constexpr std::optional<basis> parse_basis(std::string_view text) noexcept {
    if (text == "de_jure") return basis::de_jure;
    if (text == "de_facto") return basis::de_facto;
    return std::nullopt;
}

constexpr std::string_view to_string(answer a) noexcept {
    return a == answer::yes ? "yes" : a == answer::no ? "no" : "unknown";
}

constexpr std::string_view to_string(status_reading r) noexcept {
    return r.known() ? to_string(r.value()) : "unknown";
}

}  // namespace alliance
