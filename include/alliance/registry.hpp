// alliance/registry.hpp — organisations, parties, and a timeline for each pair.
//
// The registry owns every string it is given (keys, names, sources, notes),
// so periods may be added from a temporary buffer such as a file reader's
// line. Keys are matched case-insensitively; a party is also found by its
// English name or an alias.
#pragma once

#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/timeline.hpp>

#include <cstdint>
#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance {

// --- synopsis -----------------------------------------------------------------

// What kind of party: a state, or a non-state party (a parliamentary body, a
// union of states, another organisation taking part as such).
enum class party_kind : std::uint8_t { state, organisation, body, other };
[[nodiscard]] constexpr std::string_view to_string(party_kind k) noexcept;
[[nodiscard]] constexpr std::optional<party_kind> parse_party_kind(std::string_view text) noexcept;

// Dense indexes into a registry. A plain number cannot be passed where an id
// is expected, nor an organisation's id where a party's is. An id a registry
// or an index gives carries the number of its giver (`owner`): passed to
// another registry or index it throws errc::foreign_id rather than answer
// for whichever party has the same number there. A copy of a registry, and
// an index compiled from it, number alike and accept each other's ids. An
// id made by hand from a number (owner 0) is taken at its word. Ids compare
// by number: compare ids of one registry.
struct organisation_id {
    std::uint32_t value;
    std::uint32_t owner = 0;
    friend constexpr bool operator==(organisation_id a, organisation_id b) noexcept { return a.value == b.value; }
    friend constexpr bool operator!=(organisation_id a, organisation_id b) noexcept { return a.value != b.value; }
    friend constexpr bool operator<(organisation_id a, organisation_id b) noexcept { return a.value < b.value; }
};
struct party_id {
    std::uint32_t value;
    std::uint32_t owner = 0;
    friend constexpr bool operator==(party_id a, party_id b) noexcept { return a.value == b.value; }
    friend constexpr bool operator!=(party_id a, party_id b) noexcept { return a.value != b.value; }
    friend constexpr bool operator<(party_id a, party_id b) noexcept { return a.value < b.value; }
};

// The days a source observes for an organisation, first and last day
// included. Past them the source says nothing: no status is decided there.
struct coverage_window {
    date::sys_days first;
    date::sys_days last;
    [[nodiscard]] constexpr bool contains(date::sys_days day) const noexcept { return first <= day && day <= last; }
    friend constexpr bool operator==(const coverage_window& a, const coverage_window& b) noexcept {
        return a.first == b.first && a.last == b.last;
    }
    friend constexpr bool operator!=(const coverage_window& a, const coverage_window& b) noexcept { return !(a == b); }
};

namespace detail {
// A number for each new registry and each index built from periods.
inline std::uint32_t new_owner() noexcept {
    static std::atomic<std::uint32_t> next{0};
    return ++next;
}

// Why an id is refused, thrown apart from checked_id so that the check itself
// stays small enough to inline into every query.
template <class Id>
[[noreturn]] void refuse_id(Id id, std::uint32_t owner) {
    constexpr bool is_party = std::is_same<Id, party_id>::value;
    if (id.owner != 0 && id.owner != owner)
        throw error(errc::foreign_id, "alliance.id.foreign",
                    std::string(is_party ? "a party" : "an organisation") + " id of another registry or index");
    throw error(is_party ? errc::unknown_party : errc::unknown_organisation,
                is_party ? "alliance.party.unknown" : "alliance.organisation.unknown",
                std::string(is_party ? "no party" : "no organisation") + " with the id " + std::to_string(id.value));
}

// The number of an id given by `owner`, among `count` (for registry::checked
// and query_index::checked): an id of another owner, or a number never given,
// is refused rather than read as another party or past an array's end.
template <class Id>
inline std::size_t checked_id(Id id, std::uint32_t owner, std::size_t count) {
    if ((id.owner != 0 && id.owner != owner) || id.value >= count) refuse_id(id, owner);
    return id.value;
}

// The text a registry hands out views of. Copies of a registry share it, so
// that a view taken from one stays valid while any copy lives; copies may
// add to it from two threads at once.
class string_store {
public:
    template <class = void>
    std::string_view keep(std::string_view s) {
        const std::lock_guard<std::mutex> lock(mutex_);
        return strings_.emplace_back(s);  // a deque never moves what it holds
    }

private:
    std::mutex mutex_;
    std::deque<std::string> strings_;
};
}  // namespace detail

class registry {
public:
    // Adding a key that exists returns its id; adding it with another name
    // throws errc::duplicate_key.
    template <class = void>
    organisation_id add_organisation(std::string_view key, std::string_view name);
    template <class = void>
    party_id add_party(std::string_view key, std::string_view name, party_kind kind = party_kind::state);
    // Another name by which find_party() finds the party ("Kirghizia").
    template <class = void>
    void add_alias(party_id party, std::string_view alias);
    // The aliases of a party, in the order they were added.
    template <class = void>
    [[nodiscard]] std::vector<std::string_view> aliases(party_id party) const&;
    std::vector<std::string_view> aliases(party_id party) const&& = delete;

    // Named attributes of an organisation (e.g. a COW alliance's "defense" =
    // "1"): setting a name again replaces its value. attribute() is empty when
    // unset; attributes() lists them in name order.
    template <class = void>
    void set_attribute(organisation_id o, std::string_view name, std::string_view value);
    template <class = void>
    [[nodiscard]] std::string_view attribute(organisation_id o, std::string_view name) const&;
    template <class = void>
    [[nodiscard]] std::vector<std::pair<std::string_view, std::string_view>> attributes(organisation_id o) const&;
    std::string_view attribute(organisation_id o, std::string_view name) const&& = delete;
    std::vector<std::pair<std::string_view, std::string_view>> attributes(organisation_id o) const&& = delete;

    // The span of days the sources of an organisation observe. Outside it,
    // every question about the organisation answers `unknown` (a party's
    // status, membership lists, overlaps): a source that stopped observing in
    // 2014 cannot say who was a member in 2018. An organisation without a
    // coverage window is observed on every day (the registry's old default,
    // for hand-made data). Readers of dated files set it from the file;
    // setting it again replaces it, so a user can widen it on purpose.
    template <class = void>
    void set_coverage(organisation_id o, date::sys_days first, date::sys_days last);
    template <class = void>
    [[nodiscard]] std::optional<coverage_window> coverage(organisation_id o) const;
    // Whether the organisation's sources observe the day.
    template <class = void>
    [[nodiscard]] bool covers(organisation_id o, date::sys_days day) const;

    // Adds a period whose organisation and party are known (else
    // errc::unknown_organisation / unknown_party). Primary readings enter the
    // timelines; alternative readings are kept beside them (alternatives()).
    // `where` says where the period came from, for error messages.
    template <class = void>
    void add(const period& p, const location& where = {});
    // Marks the days [first, last] of a party in an organisation as unknown:
    // the sources give no status there (see timeline::add_unknown).
    template <class = void>
    void add_unknown(std::string_view organisation, std::string_view party, date::sys_days first, date::sys_days last,
                     const location& where = {});

    // Lookup, case-insensitive. find_* return nullopt; the others throw.
    template <class = void>
    [[nodiscard]] std::optional<organisation_id> find_organisation(std::string_view key) const;
    template <class = void>
    [[nodiscard]] std::optional<party_id> find_party(std::string_view key_or_name) const;
    template <class = void>
    [[nodiscard]] organisation_id organisation(std::string_view key) const;
    template <class = void>
    [[nodiscard]] party_id party(std::string_view key_or_name) const;

    // Of an id of this registry (else errc::foreign_id, or unknown_organisation /
    // unknown_party for a number it never gave).
    // What returns a view (or a reference) into the registry is refused on a
    // temporary one, whose text would be gone before the view is read.
    [[nodiscard]] std::string_view key(organisation_id o) const& { return organisations_[checked(o)].key; }
    [[nodiscard]] std::string_view name(organisation_id o) const& { return organisations_[checked(o)].name; }
    [[nodiscard]] std::string_view key(party_id p) const& { return parties_[checked(p)].key; }
    [[nodiscard]] std::string_view name(party_id p) const& { return parties_[checked(p)].name; }
    std::string_view key(organisation_id) const&& = delete;
    std::string_view name(organisation_id) const&& = delete;
    std::string_view key(party_id) const&& = delete;
    std::string_view name(party_id) const&& = delete;
    [[nodiscard]] party_kind kind(party_id p) const { return parties_[checked(p)].kind; }

    [[nodiscard]] std::size_t organisation_count() const noexcept { return organisations_.size(); }
    [[nodiscard]] std::size_t party_count() const noexcept { return parties_.size(); }
    // All ids, in key order.
    template <class = void>
    [[nodiscard]] std::vector<organisation_id> organisations() const;
    template <class = void>
    [[nodiscard]] std::vector<party_id> parties() const;
    // The parties with a timeline in the organisation, in key order: at least
    // one primary period, or unknown days only (a party the sources list
    // without ever giving its status), so a caller may find no period at all.
    template <class = void>
    [[nodiscard]] std::vector<party_id> parties_of(organisation_id o) const;

    // The timeline of a party in an organisation; null when it has no period there.
    template <class = void>
    [[nodiscard]] const timeline* find_timeline(organisation_id o, party_id p) const&;
    const timeline* find_timeline(organisation_id o, party_id p) const&& = delete;
    // Every (organisation, party) timeline, ordered by ids.
    [[nodiscard]] const std::map<std::pair<organisation_id, party_id>, timeline>& timelines() const& noexcept {
        return timelines_;
    }
    void timelines() const&& = delete;
    // The alternative readings, in the order they were added.
    [[nodiscard]] const std::vector<period>& alternatives() const& noexcept { return alternatives_; }
    void alternatives() const&& = delete;
    // Every period, primary and alternative, ordered by organisation key,
    // party key, earliest start, reading.
    template <class = void>
    [[nodiscard]] std::vector<period> periods() const&;
    std::vector<period> periods() const&& = delete;
    [[nodiscard]] std::size_t period_count() const noexcept { return period_count_; }

private:
    friend class query_index;  // compiles the timelines, and numbers as the registry does

    // The id's number, once it is known to be one this registry gave.
    template <class = void>
    [[nodiscard]] std::size_t checked(organisation_id o) const;
    template <class = void>
    [[nodiscard]] std::size_t checked(party_id p) const;

    struct named {
        std::string_view key;
        std::string_view name;
        party_kind kind = party_kind::state;
    };

    template <class = void>
    std::string_view intern(std::string_view s);
    template <class = void>
    static std::string fold(std::string_view s);
    // Keys, names and aliases are one line of text: a line break or another
    // control character would split a listing's line or make a chart's SVG
    // malformed, so it is refused (errc::malformed_input, alliance.key.invalid).
    template <class = void>
    static void check_one_line(std::string_view text, const char* what);

    std::uint32_t owner_ = detail::new_owner();  // copies keep it: they number alike
    std::shared_ptr<detail::string_store> strings_;  // every view handed out; made by the first intern()
    std::unordered_map<std::string_view, std::string_view> interned_;
    std::vector<named> organisations_;
    std::vector<named> parties_;
    std::unordered_map<std::string, organisation_id> organisation_keys_;  // folded key -> id
    std::unordered_map<std::string, party_id> party_keys_;                // folded key -> id
    std::unordered_map<std::string, party_id> party_names_;               // folded name or alias -> id
    std::map<std::pair<organisation_id, party_id>, timeline> timelines_;
    std::vector<period> alternatives_;
    std::size_t period_count_ = 0;
    std::map<std::uint32_t, std::vector<std::string_view>> alias_lists_;                       // party -> aliases
    std::map<std::pair<std::uint32_t, std::string_view>, std::string_view> attributes_;  // (organisation, name) -> value
    std::vector<std::optional<coverage_window>> coverage_;  // by organisation id; may be shorter than organisations_
};

// The registry restricted to one organisation: the organisation (name,
// attributes, coverage), every party with a timeline or an alternative
// reading in it (name, kind, aliases), including a party that has only
// unknown days there, and all the organisation's periods (primary and
// alternative) and unknown spans. Every answer about the organisation is the
// same in both registries: write_period_csv() of it is the organisation's
// export.
template <class = void>
[[nodiscard]] registry restricted(const registry& r, organisation_id o);

namespace detail {
// Both layers' readings of a day.
struct layered_reading {
    status_reading standing;
    status_reading participation;
    friend bool operator==(const layered_reading& a, const layered_reading& b) noexcept {
        return a.standing == b.standing && a.participation == b.participation;
    }
    friend bool operator!=(const layered_reading& a, const layered_reading& b) noexcept { return !(a == b); }
};

// A timeline's readings as seen through a coverage window: into `out`,
// (first day, reading) at each day the reading of either layer changes,
// ascending, the first entry at `earliest` with what holds before any
// change; outside the window every day reads unknown. The query index
// compiles its cells from this and the registry's dyad-year counts read it,
// so the two agree by construction. `points` is scratch space, reused across
// calls.
template <class = void>
void readings(const timeline& t, const std::optional<coverage_window>& window, std::int32_t earliest,
              std::vector<std::pair<std::int32_t, layered_reading>>& out, std::vector<std::int32_t>& points);
}  // namespace detail

}  // namespace alliance

// The definitions.
#include <alliance/detail/registry_impl.hpp>
