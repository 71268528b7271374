// alliance/status.hpp — what a party is in an organisation on a day, and how sure we are.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
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

// The two layers a party's relation to an organisation has at once. The
// *standing* is the formal, de jure relation (member, suspended, withdrawn,
// …). The *participation* qualifies it with a state of affairs the sources
// describe without a legal act: `frozen` ("de facto (not formally) froze its
// membership"). A de facto fact never ends a de jure one: Armenia, frozen
// since 2024, is still a member.
enum class layer : std::uint8_t { standing, participation };

[[nodiscard]] constexpr layer layer_of(status s) noexcept {
    return s == status::frozen ? layer::participation : layer::standing;
}
[[nodiscard]] constexpr std::string_view to_string(layer l) noexcept;

// Statuses as bits of a set: bit(s) is in a set when s belongs to it.
[[nodiscard]] constexpr unsigned bit(status s) noexcept { return 1u << static_cast<unsigned>(s); }
// Every status a layer's answer may be, `none` included.
[[nodiscard]] constexpr unsigned statuses_of(layer l) noexcept;

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

// The status of a party on a day as far as the sources decide it. When the
// sources leave it undecided, the reading still says what it may be: its
// candidates ("member or withdrawn": a withdrawal known only to the year).
class status_reading {
public:
    constexpr status_reading(status s) noexcept : status_(s), known_(true), candidates_(bit_of(s)) {}  // NOLINT: a known status reads as itself
    // Undecided between the statuses of `candidates` (a set of bit(s); by
    // default any status of the standing layer).
    [[nodiscard]] static constexpr status_reading unknown(unsigned candidates = statuses_of(layer::standing)) noexcept {
        return status_reading{candidates};
    }
    // The same with the candidates listed: unknown({status::member, status::withdrawn}).
    [[nodiscard]] static constexpr status_reading unknown(std::initializer_list<status> candidates) noexcept {
        unsigned set = 0;
        for (const status s : candidates) set |= bit(s);
        return status_reading{set};
    }

    [[nodiscard]] constexpr bool known() const noexcept { return known_; }
    // The status; `none` when unknown — ask known() first.
    [[nodiscard]] constexpr status value() const noexcept { return status_; }
    // The statuses it may be, as a set of bit(s): one when known.
    [[nodiscard]] constexpr unsigned candidates() const noexcept { return candidates_; }
    [[nodiscard]] constexpr bool may_be(status s) const noexcept { return (candidates_ & bit(s)) != 0u; }
    // Does the party hold `s` on that day? yes / no / unknown (no when `s`
    // is not among the candidates).
    [[nodiscard]] constexpr answer is(status s) const noexcept {
        return known_ ? (status_ == s ? answer::yes : answer::no) : may_be(s) ? answer::unknown : answer::no;
    }

    friend constexpr bool operator==(status_reading a, status_reading b) noexcept {
        return a.known_ == b.known_ && a.status_ == b.status_ && a.candidates_ == b.candidates_;
    }
    friend constexpr bool operator!=(status_reading a, status_reading b) noexcept { return !(a == b); }

private:
    static constexpr std::uint16_t bit_of(status s) noexcept { return static_cast<std::uint16_t>(bit(s)); }
    constexpr explicit status_reading(unsigned candidates) noexcept
        : status_(status::none), known_(false), candidates_(static_cast<std::uint16_t>(candidates)) {}
    status status_;
    bool known_;
    std::uint16_t candidates_;
};

// "member", "suspended", … or "unknown".
[[nodiscard]] constexpr std::string_view to_string(status_reading r) noexcept;
// The same, with an unknown's candidates: "unknown (member|withdrawn)",
// `none` listed last; "unknown (any status)" when every status of the
// standing may hold.
[[nodiscard]] std::string describe(status_reading r);

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

constexpr std::string_view to_string(layer l) noexcept {
    return l == layer::standing ? "standing" : "participation";
}

constexpr unsigned statuses_of(layer l) noexcept {
    unsigned out = bit(status::none);
    for (std::size_t i = 1; i < status_count; ++i)
        if (layer_of(static_cast<status>(i)) == l) out |= bit(static_cast<status>(i));
    return out;
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

inline std::string describe(status_reading r) {
    if (r.known()) return std::string(to_string(r.value()));
    const unsigned standing = statuses_of(layer::standing);
    if ((r.candidates() & standing) == standing) return "unknown (any status)";
    std::string out = "unknown (";
    for (std::size_t i = 1; i <= status_count; ++i) {
        const auto s = static_cast<status>(i % status_count);  // none last
        if (!r.may_be(s)) continue;
        if (out.back() != '(') out += '|';
        out += to_string(s);
    }
    return out + ")";
}

}  // namespace alliance
