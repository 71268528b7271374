// alliance/data/csto_types.hpp — the record types of a documented dataset.
//
// A dataset is more than periods: it cites its sources, records where they
// disagree, and keeps the dated events, office terms and figures the sources
// report. Every record carries the keys of its sources (separated by ';') and
// a note that starts with a short verbatim quote in double quotes, so that
// each answer can be traced to a line of a document.
#pragma once

#include <alliance/error.hpp>
#include <alliance/partial_date.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <date/date.h>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alliance::data {

// --- synopsis -----------------------------------------------------------------

// A document the dataset cites, as a reader would cite it.
struct source {
    std::string_view key;        // "001"
    std::string_view file;       // the document's file name
    std::string_view title;
    std::string_view author;     // person(s); empty when unsigned
    std::string_view publisher;  // outlet or publisher
    std::string_view published;  // publication date as far as the document shows it
};

struct organisation_entry {
    std::string_view key;
    std::string_view name;
    std::string_view note;  // what the key stands for and how it is modelled
};

struct party_entry {
    std::string_view key;   // ISO 3166-1 alpha-3 for states
    std::string_view name;  // English name
    party_kind kind = party_kind::state;
    std::string_view aliases{};       // other names the documents use, verbatim, separated by ';'
    std::string_view conventional{};  // conventional names no document uses, for users, separated by ';'
};

// Two readings of one fact that the sources disagree on. Both are kept: the
// primary one answers queries; the alternative one is in the tables with
// reading::alternative and this conflict's key wherever it can be expressed
// as a period, event, office term or figure.
struct conflict {
    std::string_view key;                  // "csto-founding"
    std::string_view topic;                // what the sources disagree on
    std::string_view primary;              // the reading queries answer from
    std::string_view primary_sources;      // "001;003"
    std::string_view alternative;          // the other reading
    std::string_view alternative_sources;  // "004"
    std::string_view why;                  // why the primary reading is preferred
};

enum class event_kind : std::uint8_t {
    treaty,            // a treaty, agreement or protocol signed
    entry_into_force,
    founding,          // an organisation or body created
    milestone,         // another dated step: a charter, a decision, a registration
    summit,            // heads of state
    meeting,           // ministers, councils, assemblies, sessions
    mission,           // forces or a monitoring mission sent abroad
    article4,          // a request for help under Article 4 of the treaty
    exercise,
    statement,         // a dated statement or request that is not an Article 4 invocation
};
[[nodiscard]] constexpr std::string_view to_string(event_kind k) noexcept;

// Something that happened on a day, in a month or a year, or over a span.
struct event {
    std::string_view organisation;
    event_kind kind = event_kind::statement;
    std::string_view title;
    boundary from;                   // when it happened, or began
    boundary to = boundary::open();  // when it ended; open: a one-off or an end the documents do not date
    std::string_view place{};
    std::string_view participants{};  // party keys, separated by ';'
    std::string_view size{};          // as the source states it ("2,000 peacekeepers")
    std::string_view source{};
    std::string_view note{};
    alliance::reading reading = reading::primary;
    std::string_view conflict{};
};

// A term in an office: a Secretary General, the rotating chair. Terms are
// rarely dated in full: `from` / `to` are open when the documents do not date
// them (`ongoing` tells an open end that is still running from an undated
// one), and `seen` is a date on which the documents show the holder in office.
struct office_term {
    std::string_view organisation;
    std::string_view office;   // "Secretary General", "Chair"
    std::string_view holder;   // a person, or the state holding a rotating chair
    std::string_view party{};  // the state of the holder, when the documents say it
    boundary from = boundary::open();
    boundary to = boundary::open();
    bool ongoing = false;
    partial_date seen{date::year{1}};
    std::string_view source{};
    std::string_view note{};
    alliance::reading reading = reading::primary;
    std::string_view conflict{};
};

// Days on which the documents give a party no standing at all in an
// organisation (registry::add_unknown): every standing may hold there unless
// a period makes one certain. For an end the documents do not state.
struct unknown_span {
    std::string_view organisation;
    std::string_view party;
    date::sys_days first;  // first and last day, included
    date::sys_days last;
    std::string_view source{};
    std::string_view note{};  // starts with a "quote", like every record
};

// A number the sources report for a party at a date.
struct figure {
    std::string_view party;
    std::string_view quantity;  // "active military personnel"
    double value = 0;
    partial_date as_of{date::year{1}};  // the date the number refers to
    std::string_view source{};
    std::string_view note{};
    alliance::reading reading = reading::primary;
    std::string_view conflict{};
};

// A day, for narrowing a boundary: day_of(1999, 4, 3).
[[nodiscard]] constexpr date::sys_days day_of(int y, unsigned m, unsigned d) noexcept;

// The part of a note between its first pair of double quotes: the verbatim
// quote from the source. Empty when the note does not start with one.
[[nodiscard]] constexpr std::string_view quote_of(std::string_view note) noexcept;

// Does the ';'-separated list hold `key`? ("001;004", "004") -> true.
[[nodiscard]] constexpr bool lists(std::string_view keys, std::string_view key) noexcept;

// --- compile-time checks of a whole dataset ---------------------------------------

// Which table and what is wrong with the record at `index` (see check_dataset).
enum class dataset_table : std::uint8_t { none, periods, events, offices, figures, conflicts, parties };
enum class dataset_problem_kind : std::uint8_t {
    none,
    unknown_source,        // a source key that is not in the sources table
    missing_quote,         // a note that does not start with a "quote"
    unknown_organisation,  // an organisation key that is not in the organisations table
    unknown_party,         // a party key (or a participant) that is not in the parties table
    unknown_conflict,      // a conflict key that is not in the conflicts table
    alternative_without_conflict,
    ill_formed_dates,      // a date that does not exist, an empty narrowing, an end before the start
    unused_conflict,       // a conflict that no record refers to
};
struct dataset_problem {
    dataset_table table = dataset_table::none;
    dataset_problem_kind kind = dataset_problem_kind::none;
    std::size_t index = 0;
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return kind != dataset_problem_kind::none; }
};

// Cross-checks every record of a dataset against its tables. Periods are
// checked for well-formedness and contradictions by alliance::check_table.
template <std::size_t S, std::size_t O, std::size_t P, std::size_t N, std::size_t C, std::size_t E, std::size_t T,
          std::size_t F>
[[nodiscard]] constexpr dataset_problem check_dataset(
    const std::array<source, S>& sources, const std::array<organisation_entry, O>& organisations,
    const std::array<party_entry, P>& parties, const std::array<period, N>& periods,
    const std::array<conflict, C>& conflicts, const std::array<event, E>& events,
    const std::array<office_term, T>& offices, const std::array<figure, F>& figures) noexcept;

// For a static_assert: a problem fails the build with the table, the kind and
// the index in the compiler's message (as alliance::validated does).
template <const auto& Sources, const auto& Organisations, const auto& Parties, const auto& Periods,
          const auto& Conflicts, const auto& Events, const auto& Offices, const auto& Figures>
constexpr bool dataset_validated();

// Builds a registry: every organisation, every party with its aliases, then
// every period (alternative readings go to registry::alternatives()). Errors
// name the period's index in the table. `Periods` is any range of periods.
template <std::size_t O, std::size_t P, typename Periods>
// Every organisation's coverage is `observed` (none: every day is observed).
[[nodiscard]] registry build_registry(const std::array<organisation_entry, O>& organisations,
                                      const std::array<party_entry, P>& parties, const Periods& periods,
                                      std::string_view table_name, const std::optional<coverage_window>& observed);

// The periods as a reader who prefers the alternative side of the named
// conflicts would have them: for each (organisation, party) with an
// alternative reading of a chosen conflict, the primary periods marked with
// that conflict step back (become alternatives) and the alternative periods
// of that conflict become primary. A period's `conflict` field may name
// several conflicts, separated by ';'. Throws alliance::error
// (errc::malformed_input, id alliance.data.conflict) for a key that no
// alternative period carries.
template <std::size_t N>
[[nodiscard]] std::vector<period> choose_readings(const std::array<period, N>& periods,
                                                  const std::vector<std::string_view>& chosen_conflicts);

// The same, for any conflict of the dataset's table: a conflict whose
// alternative reading is not a period (an event, an office term, a figure, a
// name) leaves the periods as they are. Throws alliance::error
// (errc::malformed_input, id alliance.data.conflict) for a key that is not in
// `conflicts`.
template <std::size_t N, std::size_t C>
[[nodiscard]] std::vector<period> choose_readings(const std::array<period, N>& periods,
                                                  const std::array<conflict, C>& conflicts,
                                                  const std::vector<std::string_view>& chosen_conflicts);

// --- implementation -----------------------------------------------------------

constexpr std::string_view to_string(event_kind k) noexcept {
    switch (k) {
        case event_kind::treaty: return "treaty";
        case event_kind::entry_into_force: return "entry_into_force";
        case event_kind::founding: return "founding";
        case event_kind::milestone: return "milestone";
        case event_kind::summit: return "summit";
        case event_kind::meeting: return "meeting";
        case event_kind::mission: return "mission";
        case event_kind::article4: return "article4";
        case event_kind::exercise: return "exercise";
        case event_kind::statement: return "statement";
    }
    return "statement";
}

constexpr date::sys_days day_of(int y, unsigned m, unsigned d) noexcept {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

constexpr std::string_view quote_of(std::string_view note) noexcept {
    if (note.empty() || note.front() != '"') return {};
    const auto close = note.find('"', 1);
    if (close == std::string_view::npos) return {};
    return note.substr(1, close - 1);
}

constexpr bool lists(std::string_view keys, std::string_view key) noexcept {
    while (!keys.empty()) {
        const auto semi = keys.find(';');
        if (keys.substr(0, semi) == key) return true;
        if (semi == std::string_view::npos) break;
        keys.remove_prefix(semi + 1);
    }
    return false;
}

namespace detail {
template <std::size_t S>
constexpr bool sources_known(std::string_view keys, const std::array<source, S>& sources) noexcept {
    if (keys.empty()) return false;
    while (true) {
        const auto semi = keys.find(';');
        const auto key = keys.substr(0, semi);
        bool found = false;
        for (const auto& s : sources) found = found || s.key == key;
        if (!found) return false;
        if (semi == std::string_view::npos) return true;
        keys.remove_prefix(semi + 1);
    }
}
template <std::size_t O>
constexpr bool organisation_known(std::string_view key, const std::array<organisation_entry, O>& organisations) noexcept {
    for (const auto& o : organisations)
        if (o.key == key) return true;
    return false;
}
template <std::size_t P>
constexpr bool parties_known(std::string_view keys, const std::array<party_entry, P>& parties) noexcept {
    while (!keys.empty()) {
        const auto semi = keys.find(';');
        const auto key = keys.substr(0, semi);
        bool found = false;
        for (const auto& p : parties) found = found || p.key == key;
        if (!found) return false;
        if (semi == std::string_view::npos) break;
        keys.remove_prefix(semi + 1);
    }
    return true;
}
template <std::size_t C>
constexpr bool conflict_known(std::string_view keys, const std::array<conflict, C>& conflicts) noexcept {
    while (!keys.empty()) {
        const auto semi = keys.find(';');
        const auto key = keys.substr(0, semi);
        bool found = false;
        for (const auto& c : conflicts) found = found || c.key == key;
        if (!found) return false;
        if (semi == std::string_view::npos) break;
        keys.remove_prefix(semi + 1);
    }
    return true;
}
constexpr bool boundary_ok(const boundary& b) noexcept {
    return b.is_open() || (b.stated().ok() && !(b.latest() < b.earliest()));
}
// A span may end on the day it starts (a one-day event), never before.
constexpr bool span_ok(const boundary& from, const boundary& to) noexcept {
    if (!boundary_ok(from) || !boundary_ok(to)) return false;
    return from.is_open() || to.is_open() || !(to.latest() < from.earliest());
}

template <dataset_table Table, dataset_problem_kind Kind, std::size_t Index>
void invalid_dataset_record() noexcept {}  // not constexpr, on purpose: see dataset_validated()
}  // namespace detail

template <std::size_t S, std::size_t O, std::size_t P, std::size_t N, std::size_t C, std::size_t E, std::size_t T,
          std::size_t F>
constexpr dataset_problem check_dataset(const std::array<source, S>& sources,
                                        const std::array<organisation_entry, O>& organisations,
                                        const std::array<party_entry, P>& parties, const std::array<period, N>& periods,
                                        const std::array<conflict, C>& conflicts, const std::array<event, E>& events,
                                        const std::array<office_term, T>& offices,
                                        const std::array<figure, F>& figures) noexcept {
    using K = dataset_problem_kind;
    for (std::size_t i = 0; i < P; ++i)
        if (parties[i].key.empty() || parties[i].name.empty()) return {dataset_table::parties, K::unknown_party, i};
    for (std::size_t i = 0; i < N; ++i) {
        const period& p = periods[i];
        const auto at = [&](K k) { return dataset_problem{dataset_table::periods, k, i}; };
        if (!detail::sources_known(p.source, sources)) return at(K::unknown_source);
        if (quote_of(p.note).empty()) return at(K::missing_quote);
        if (!detail::organisation_known(p.organisation, organisations)) return at(K::unknown_organisation);
        if (!detail::parties_known(p.party, parties) || p.party.find(';') != std::string_view::npos)
            return at(K::unknown_party);
        if (!detail::conflict_known(p.conflict, conflicts)) return at(K::unknown_conflict);
        if (p.reading == reading::alternative && p.conflict.empty()) return at(K::alternative_without_conflict);
    }
    for (std::size_t i = 0; i < E; ++i) {
        const event& e = events[i];
        const auto at = [&](K k) { return dataset_problem{dataset_table::events, k, i}; };
        if (!detail::sources_known(e.source, sources)) return at(K::unknown_source);
        if (quote_of(e.note).empty()) return at(K::missing_quote);
        if (!detail::organisation_known(e.organisation, organisations)) return at(K::unknown_organisation);
        if (!detail::parties_known(e.participants, parties)) return at(K::unknown_party);
        if (!detail::conflict_known(e.conflict, conflicts)) return at(K::unknown_conflict);
        if (e.reading == reading::alternative && e.conflict.empty()) return at(K::alternative_without_conflict);
        if (e.from.is_open() || !detail::span_ok(e.from, e.to)) return at(K::ill_formed_dates);
    }
    for (std::size_t i = 0; i < T; ++i) {
        const office_term& o = offices[i];
        const auto at = [&](K k) { return dataset_problem{dataset_table::offices, k, i}; };
        if (!detail::sources_known(o.source, sources)) return at(K::unknown_source);
        if (quote_of(o.note).empty()) return at(K::missing_quote);
        if (!detail::organisation_known(o.organisation, organisations)) return at(K::unknown_organisation);
        if (!detail::parties_known(o.party, parties)) return at(K::unknown_party);
        if (!detail::conflict_known(o.conflict, conflicts)) return at(K::unknown_conflict);
        if (o.reading == reading::alternative && o.conflict.empty()) return at(K::alternative_without_conflict);
        if (!detail::span_ok(o.from, o.to) || !o.seen.ok() || (o.ongoing && !o.to.is_open())) return at(K::ill_formed_dates);
        // The day the holder is seen in office must lie within the term.
        if (!o.from.is_open() && o.seen.latest() < o.from.earliest()) return at(K::ill_formed_dates);
        if (!o.to.is_open() && !(o.seen.earliest() < o.to.latest())) return at(K::ill_formed_dates);
    }
    for (std::size_t i = 0; i < F; ++i) {
        const figure& f = figures[i];
        const auto at = [&](K k) { return dataset_problem{dataset_table::figures, k, i}; };
        if (!detail::sources_known(f.source, sources)) return at(K::unknown_source);
        if (quote_of(f.note).empty()) return at(K::missing_quote);
        if (!detail::parties_known(f.party, parties) || f.party.empty()) return at(K::unknown_party);
        if (!detail::conflict_known(f.conflict, conflicts)) return at(K::unknown_conflict);
        if (!f.as_of.ok()) return at(K::ill_formed_dates);
    }
    for (std::size_t i = 0; i < C; ++i) {
        const conflict& c = conflicts[i];
        const auto at = [&](K k) { return dataset_problem{dataset_table::conflicts, k, i}; };
        if (!detail::sources_known(c.primary_sources, sources) || !detail::sources_known(c.alternative_sources, sources))
            return at(K::unknown_source);
        for (std::size_t j = 0; j < i; ++j)
            if (conflicts[j].key == c.key) return at(K::unknown_conflict);  // a key used twice
    }
    return {};
}

template <const auto& Sources, const auto& Organisations, const auto& Parties, const auto& Periods,
          const auto& Conflicts, const auto& Events, const auto& Offices, const auto& Figures>
constexpr bool dataset_validated() {
    constexpr dataset_problem problem =
        check_dataset(Sources, Organisations, Parties, Periods, Conflicts, Events, Offices, Figures);
    if constexpr (problem.kind != dataset_problem_kind::none)
        detail::invalid_dataset_record<problem.table, problem.kind, problem.index>();
    return true;
}

template <std::size_t O, std::size_t P, typename Periods>
registry build_registry(const std::array<organisation_entry, O>& organisations,
                        const std::array<party_entry, P>& parties, const Periods& periods,
                        std::string_view table_name, const std::optional<coverage_window>& observed) {
    registry r;
    for (const auto& o : organisations) {
        const organisation_id id = r.add_organisation(o.key, o.name);
        if (observed) r.set_coverage(id, observed->first, observed->last);
    }
    for (const auto& p : parties) {
        const party_id id = r.add_party(p.key, p.name, p.kind);
        for (std::string_view rest : {p.aliases, p.conventional}) {
            while (!rest.empty()) {
                const auto semi = rest.find(';');
                const std::string_view alias = rest.substr(0, semi);
                if (!alias.empty()) r.add_alias(id, alias);
                if (semi == std::string_view::npos) break;
                rest.remove_prefix(semi + 1);
            }
        }
    }
    std::size_t i = 0;
    for (const period& p : periods) {
        r.add(p, location{std::string(table_name), 0, "periods[" + std::to_string(i) + "]"});
        ++i;
    }
    return r;
}

template <std::size_t N>
std::vector<period> choose_readings(const std::array<period, N>& periods,
                                    const std::vector<std::string_view>& chosen_conflicts) {
    const auto chosen = [&](const period& p) {
        for (const auto key : chosen_conflicts)
            if (lists(p.conflict, key)) return true;
        return false;
    };
    for (const auto key : chosen_conflicts) {
        bool has_alternative = false;
        for (const period& p : periods) has_alternative = has_alternative || (p.reading == reading::alternative && lists(p.conflict, key));
        if (!has_alternative)
            throw error(errc::malformed_input, "alliance.data.conflict",
                        "no alternative period belongs to conflict '" + std::string(key) + "'");
    }
    // The pairs whose primary reading gives way.
    const auto replaced = [&](const period& p) {
        if (p.reading != reading::primary) return false;
        for (const auto key : chosen_conflicts) {
            if (!lists(p.conflict, key)) continue;
            for (const period& q : periods)
                if (q.reading == reading::alternative && lists(q.conflict, key) && q.organisation == p.organisation &&
                    q.party == p.party)
                    return true;
        }
        return false;
    };
    std::vector<period> out;
    out.reserve(N);
    for (const period& p : periods) {
        period q = p;
        if (p.reading == reading::alternative && chosen(p)) q.reading = reading::primary;
        else if (replaced(p)) q.reading = reading::alternative;
        out.push_back(q);
    }
    return out;
}

template <std::size_t N, std::size_t C>
std::vector<period> choose_readings(const std::array<period, N>& periods, const std::array<conflict, C>& conflicts,
                                    const std::vector<std::string_view>& chosen_conflicts) {
    std::vector<std::string_view> with_periods;
    for (const auto key : chosen_conflicts) {
        bool known = false;
        for (const conflict& c : conflicts) known = known || c.key == key;
        if (!known)
            throw error(errc::malformed_input, "alliance.data.conflict",
                        "no conflict '" + std::string(key) + "' in the dataset");
        bool has_alternative = false;
        for (const period& p : periods)
            has_alternative = has_alternative || (p.reading == reading::alternative && lists(p.conflict, key));
        if (has_alternative) with_periods.push_back(key);
    }
    return choose_readings(periods, with_periods);
}

}  // namespace alliance::data
