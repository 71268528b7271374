// cli/commands.cpp — the definitions of what cli/commands.hpp declares (see there).
#include "cli/commands.hpp"

#include "cli/codes.hpp"
#include "cli/dataset.hpp"

#include <alliance/alliance.hpp>
#include <alliance/data/csto.hpp>

#include <date/date.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace alliance_cli {

namespace detail {
alliance::status_reading reading_of(const dataset& d, alliance::organisation_id o, alliance::party_id p,
                                    date::sys_days day) {
    return alliance::status_of(d.registry, o, p, day);  // unknown outside the organisation's coverage
}

alliance::day_set certain_members(const dataset& d, alliance::organisation_id o, alliance::party_id p) {
    return alliance::detail::certain_members(d.registry, o, p);
}

std::vector<std::string_view> members(const dataset& d, alliance::organisation_id o, date::sys_days day,
                                      bool active = false) {
    std::vector<std::string_view> out;
    for (const auto p : d.registry.parties_of(o))  // sorted by key
        if (reading_of(d, o, p, day) == alliance::status_reading{alliance::status::member} &&
            (!active || alliance::participation_of(d.registry, o, p, day) ==
                            alliance::status_reading{alliance::status::none}))
            out.push_back(d.registry.key(p));
    return out;
}

// A coverage window in words: "1816-01-01 to 2014-12-31", or "up to
// 2024-05-12" for sources that observe everything before their last day.
std::string coverage_text(const alliance::coverage_window& window) {
    if (window.first == alliance::beginning_of_time) return "up to " + alliance::to_string(window.last);
    return alliance::to_string(window.first) + " to " + alliance::to_string(window.last);
}

// The answer to `status` on one line: the standing, why it is unknown or
// what it may be, and a participation that qualifies it.
std::string answer_text(const dataset& d, alliance::organisation_id o, alliance::party_id p,
                        date::sys_days day) {
    const auto& r = d.registry;
    if (const auto window = r.coverage(o); window && !window->contains(day))
        return "unknown (outside the coverage of " + std::string(r.key(o)) + ": " + coverage_text(*window) + ")";
    std::string out = alliance::describe(reading_of(d, o, p, day));
    const auto participation = alliance::participation_of(r, o, p, day);
    if (participation == alliance::status_reading{alliance::status::none}) return out;
    if (!participation.known()) return out + " (participation " + alliance::describe(participation) + ")";
    out += " (participation " + std::string(alliance::to_string(participation.value()));
    const alliance::timeline* t = r.find_timeline(o, p);
    for (const auto& q : t->periods())  // the period that makes it certain: its basis and start
        if (q.status == participation.value() && boost::icl::contains(alliance::certain_days(q), alliance::to_day_count(day))) {
            out += ", " + std::string(q.basis == alliance::basis::de_facto ? "de facto" : "de jure");
            if (!q.from.is_open()) out += ", since " + alliance::to_string(q.from.stated());
            break;
        }
    return out + ")";
}

// One party per line, with its codes on the day when --codes asks for them.
void print_parties(const dataset& d, const std::vector<std::string_view>& keys, date::sys_days day,
                   std::ostream& out) {
    code_columns codes(d, "-");
    text_table table;
    for (const auto key : keys) {
        std::vector<std::string> row{std::string(key)};
        for (auto& cell : codes.cells(d.registry.party(key), day)) row.push_back(std::move(cell));
        table.add(std::move(row));
    }
    table.print(out);
}

// A boundary and the days it allows: "2012-06-28", "2012 (any day from
// 2012-01-01 to 2012-12-31)", and for one narrowed by other facts
// "1999 (any day from 1999-04-03 to 1999-12-31)".
std::string describe(const alliance::boundary& b) {
    if (b.is_open()) return "..";
    std::string out = alliance::to_string(b.stated());
    if (b.exact()) return out;
    out += " (any day from " + alliance::to_string(b.earliest()) + " to " + alliance::to_string(b.latest()) + ")";
    return out;
}

// The earliest day a period may hold: the day its code columns are read on.
date::sys_days first_day(const alliance::period& p) {
    if (!p.from.is_open()) return p.from.earliest();
    return p.to.is_open() ? today() : p.to.earliest();
}

std::string span_text(const alliance::period& p) {
    return alliance::to_string(p.from) + "/" + alliance::to_string(p.to);
}

// How a period bears on a day: it certainly holds, may hold, or does not.
std::string bearing(const alliance::period& p, date::sys_days day) {
    const auto c = alliance::to_day_count(day);
    if (boost::icl::contains(alliance::certain_days(p), c)) return "holds on " + alliance::to_string(day);
    if (!boost::icl::contains(alliance::possible_days(p), c)) return "does not cover " + alliance::to_string(day);
    std::string why = "may hold on " + alliance::to_string(day) + ": ";
    const bool start_uncertain = !p.from.is_open() && p.from.earliest() <= day && day < p.from.latest();
    const bool end_uncertain = !p.to.is_open() && p.to.earliest() <= day && day < p.to.latest();
    if (start_uncertain) why += "it starts in " + describe(p.from);
    if (start_uncertain && end_uncertain) why += ", and ";
    if (end_uncertain) why += "it ends in " + describe(p.to);
    if (!start_uncertain && !end_uncertain) why += "its boundaries are not known to the day";
    return why;
}

void print_period(const dataset& d, const alliance::period& p, date::sys_days day, std::ostream& out) {
    out << "  " << alliance::to_string(p.status) << ' ' << span_text(p) << ", "
        << alliance::to_string(p.basis) << (p.reading == alliance::reading::alternative ? ", alternative reading" : "")
        << ": " << bearing(p, day) << '\n';
    if (!p.note.empty()) out << "    " << p.note << '\n';
    for (const auto& c : citations(d, p.source)) out << "    source " << c << '\n';
}
}  // namespace detail

void status_command(const dataset& d, std::string_view org, std::string_view party, date::sys_days day,
                    std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    const auto p = find_party(d, "PARTY", party, day);
    out << detail::answer_text(d, o, p, day) << '\n';
}

void members_command(const dataset& d, std::string_view org, date::sys_days day, bool active,
                     std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    detail::print_parties(d, detail::members(d, o, day, active), day, out);
}

void common_command(const dataset& d, std::string_view org_a, std::string_view org_b, date::sys_days day,
                    std::ostream& out) {
    const auto a = detail::members(d, find_organisation(d, "ORG1", org_a), day);
    const auto b = detail::members(d, find_organisation(d, "ORG2", org_b), day);
    std::vector<std::string_view> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    detail::print_parties(d, both, day, out);
}

void overlap_command(const dataset& d, std::string_view org, std::string_view party_a,
                     std::string_view party_b, std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    const auto a = find_party(d, "PARTY1", party_a);
    const auto b = find_party(d, "PARTY2", party_b);
    const alliance::day_set both = detail::certain_members(d, o, a) & detail::certain_members(d, o, b);
    for (const auto& span : both) out << alliance::to_string(span) << '\n';
}

void timeline_command(const dataset& d, std::string_view org, const std::optional<std::string>& party,
                      std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    std::optional<alliance::party_id> only;
    if (party) only = find_party(d, "PARTY", *party);
    code_columns codes(d, "-");
    text_table table;
    std::vector<std::string> header{"PARTY"};
    for (auto& name : codes.names("party", true)) header.push_back(std::move(name));
    for (const char* name : {"STATUS", "FROM", "TO", "BASIS", "READING", "SOURCE"}) header.emplace_back(name);
    table.add(std::move(header));
    for (const auto& p : d.registry.periods()) {  // ordered by organisation, party, start, reading
        if (p.organisation != d.registry.key(o)) continue;
        if (only && p.party != d.registry.key(*only)) continue;
        std::string reading(p.reading == alliance::reading::primary ? "primary" : "alternative");
        if (!p.conflict.empty()) reading += " (" + std::string(p.conflict) + ")";
        std::vector<std::string> row{std::string(p.party)};
        for (auto& cell : codes.cells(d.registry.party(p.party), detail::first_day(p))) row.push_back(std::move(cell));
        for (auto cell : {std::string(alliance::to_string(p.status)), alliance::to_string(p.from),
                          alliance::to_string(p.to), std::string(alliance::to_string(p.basis)), reading,
                          p.source.empty() ? std::string("-") : std::string(p.source)})
            row.push_back(std::move(cell));
        table.add(std::move(row));
    }
    table.print(out);
}

void changes_command(const dataset& d, std::string_view org, date::sys_days from, date::sys_days to,
                     std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    if (to < from)
        throw usage_error("TO " + alliance::to_string(to) + " is before FROM " + alliance::to_string(from));
    code_columns codes(d, "-");
    text_table table;
    for (const auto& c : alliance::changes_between(d.registry, d.registry.key(o), from, to)) {
        std::vector<std::string> row{alliance::to_string(c.when), std::string(c.party)};
        for (auto& cell : codes.cells(d.registry.party(c.party), c.when.earliest())) row.push_back(std::move(cell));
        row.push_back(std::string(alliance::to_string(c.kind)));
        row.push_back(std::string(alliance::to_string(c.before)) + " -> " + std::string(alliance::to_string(c.after)));
        if (!c.certainly_within)
            row.push_back("(any day from " + alliance::to_string(c.when.earliest()) + " to " +
                          alliance::to_string(c.when.latest()) + ": may fall outside the span)");
        table.add(std::move(row));
    }
    table.print(out);
}

void explain_command(const dataset& d, std::string_view org, std::string_view party, date::sys_days day,
                     std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    const auto p = find_party(d, "PARTY", party, day);
    const auto& r = d.registry;
    const auto answer = detail::reading_of(d, o, p, day);
    out << r.key(o) << ' ' << r.key(p) << " (" << r.name(p) << ") on " << alliance::to_string(day) << ": "
        << detail::answer_text(d, o, p, day) << '\n';
    std::set<std::string_view> conflicts;
    const alliance::timeline* t = r.find_timeline(o, p);
    const auto c = alliance::to_day_count(day);
    if (!answer.known()) {
        if (const auto window = r.coverage(o); window && !window->contains(day))
            out << "The sources observe " << r.key(o) << (window->first == alliance::beginning_of_time ? " " : " from ")
                << detail::coverage_text(*window)
                << ": outside that span they say nothing.\n";
        else if (t && boost::icl::contains(t->unknown(), c))
            out << "The sources give no status on this day (a value they mark as missing).\n";
        else
            out << "The sources' precision leaves this day undecided: a boundary near it is known only to the year or "
                   "month.\n";
    }
    std::vector<alliance::period> behind;
    if (t) {
        for (const auto& q : t->periods())
            if (boost::icl::contains(alliance::possible_days(q), c)) behind.push_back(q);
    }
    if (!behind.empty()) {
        const bool observed = !r.coverage(o) || r.coverage(o)->contains(day);
        out << (observed ? "\nBehind the answer:\n" : "\nThe periods the sources give (they do not observe this day):\n");
        for (const auto& q : behind) {
            detail::print_period(d, q, day, out);
            if (!q.conflict.empty()) conflicts.insert(q.conflict);
        }
    } else {
        out << "\nNo period of " << r.key(p) << " in " << r.key(o) << " covers " << alliance::to_string(day) << ".\n";
        if (t) {
            // The neighbours: the last period that may end before the day and the first that may start after it.
            const std::vector<alliance::period> periods = t->periods();  // a copy: the pointers below point into it
            const alliance::period* before = nullptr;
            const alliance::period* after = nullptr;
            for (const auto& q : periods) {
                const auto days = alliance::possible_days(q);
                if (days.empty()) continue;
                if (alliance::to_sys_days(boost::icl::last(days)) < day)
                    before = &q;
                else if (!after && alliance::to_sys_days(boost::icl::first(days)) > day)
                    after = &q;
            }
            if (before || after) out << "Nearest periods:\n";
            for (const auto* q : {before, after})
                if (q) {
                    detail::print_period(d, *q, day, out);
                    if (!q->conflict.empty()) conflicts.insert(q->conflict);
                }
        }
    }

    std::vector<alliance::period> alternatives;
    for (const auto& q : r.alternatives())
        if (q.organisation == r.key(o) && q.party == r.key(p)) {
            alternatives.push_back(q);
            if (!q.conflict.empty()) conflicts.insert(q.conflict);
        }
    if (!alternatives.empty()) {
        out << "\nAlternative readings (not used for the answer):\n";
        for (const auto& q : alternatives) detail::print_period(d, q, day, out);
    }
    if (d.embedded) {
        for (const auto key : conflicts)
            for (const auto& k : alliance::data::csto::conflicts) {
                if (k.key != key) continue;
                out << "\nConflict " << k.key << ": " << k.topic << '\n'
                    << "  primary (" << k.primary_sources << "): " << k.primary << '\n'
                    << "  alternative (" << k.alternative_sources << "): " << k.alternative << '\n'
                    << "  why the primary reading: " << k.why << '\n';
            }
    }
}

void orgs_command(const dataset& d, std::ostream& out) {
    text_table table;
    for (const auto o : d.registry.organisations())
        table.add({std::string(d.registry.key(o)), std::string(d.registry.name(o))});
    table.print(out);
}

void parties_command(const dataset& d, const std::optional<std::string>& org, std::ostream& out) {
    const auto ids = org ? d.registry.parties_of(find_organisation(d, "ORG", *org)) : d.registry.parties();
    code_columns codes(d, "-");
    text_table table;
    for (const auto p : ids) {
        std::vector<std::string> row{std::string(d.registry.key(p))};
        for (auto& cell : codes.cells(p)) row.push_back(std::move(cell));
        row.push_back(std::string(d.registry.name(p)));
        if (d.registry.kind(p) != alliance::party_kind::state)
            row.push_back("(" + std::string(alliance::to_string(d.registry.kind(p))) + ")");
        table.add(std::move(row));
    }
    table.print(out);
}

}  // namespace alliance_cli
