// alliance/io/detail/period_csv_rw.hpp — reading and writing the period CSV
// (the definitions of what alliance/io/period_csv.hpp declares).
#pragma once

#include <alliance/io/period_csv.hpp>
#include <alliance/error.hpp>
#include <alliance/io/csv.hpp>
#include <alliance/io/report.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace alliance::io {

template <class>
void write_period_csv(std::ostream& out, const registry& r) {
    std::vector<std::string_view> row(period_csv_columns.begin(), period_csv_columns.end());
    write_csv_record(out, row);
    const auto blank = [&] { std::fill(row.begin(), row.end(), std::string_view{}); };

    for (const organisation_id o : r.organisations()) {
        blank();
        row[0] = r.key(o);
        row[10] = "organisation";
        row[11] = r.name(o);
        write_csv_record(out, row);
        for (const auto& [name, value] : r.attributes(o)) {
            blank();
            row[0] = r.key(o);
            row[10] = "attribute";
            row[11] = name;
            row[13] = value;
            write_csv_record(out, row);
        }
        if (const auto window = r.coverage(o)) {
            // Observed through the last day of the axis (9999-12-31): no day follows to name, so "..".
            const std::string first = to_string(window->first);
            const std::string end = window->last + date::days{1} >= end_of_time ? std::string("..") : to_string(window->last + date::days{1});
            blank();
            row[0] = r.key(o);
            row[3] = first;
            row[4] = end;
            row[10] = "coverage";
            write_csv_record(out, row);
        }
    }
    for (const party_id p : r.parties()) {
        blank();
        row[1] = r.key(p);
        row[10] = "party";
        row[11] = r.name(p);
        row[12] = to_string(r.kind(p));
        write_csv_record(out, row);
        for (const std::string_view alias : r.aliases(p)) {
            blank();
            row[1] = r.key(p);
            row[10] = "alias";
            row[11] = alias;
            write_csv_record(out, row);
        }
    }
    for (const period& p : r.periods()) {
        const std::string from = to_string(p.from);
        const std::string to = to_string(p.to);
        blank();
        row[0] = p.organisation;
        row[1] = p.party;
        row[2] = to_string(p.status);
        row[3] = from;
        row[4] = to;
        row[5] = to_string(p.basis);
        row[6] = p.source;
        row[7] = p.note;
        row[8] = p.reading == reading::primary ? "primary" : "alternative";
        row[9] = p.conflict;
        row[10] = "period";
        write_csv_record(out, row);
    }
    // Unknown spans, by organisation key and party key (not by id, which
    // depends on the order the registry was built in).
    std::vector<std::pair<std::pair<std::string_view, std::string_view>, const timeline*>> lines;
    for (const auto& [ids, line] : r.timelines())
        if (!line.unknown().empty()) lines.push_back({{r.key(ids.first), r.key(ids.second)}, &line});
    std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [keys, line] : lines) {
        for (const auto& span : line->unknown()) {
            const std::string from = to_string(first_day(span));
            const std::string to = to_string(last_day(span) + date::days{1});
            blank();
            row[0] = keys.first;
            row[1] = keys.second;
            row[3] = from;
            row[4] = to;
            row[10] = "unknown";
            write_csv_record(out, row);
        }
    }
}

template <class>
bool is_period_csv_header(const std::vector<std::string>& header) noexcept {
    for (const std::string_view required : {"organisation", "party", "status", "from", "to"})
        if (std::find(header.begin(), header.end(), required) == header.end()) return false;
    return true;
}

namespace detail {

enum class period_column : std::uint8_t {
    organisation, party, status, from, to, basis, source, note, reading, conflict, record, name, kind, value
};
inline constexpr std::size_t period_column_count = 14;

// An error's message without its "[id] " prefix, to re-throw it with a place.
template <class = void>
std::string message_of(const error& e) {
    const std::string_view what = e.what();
    const std::string prefix = "[" + e.id() + "] ";
    return std::string(what.substr(0, prefix.size()) == prefix ? what.substr(prefix.size()) : what);
}

// Throws errc::malformed_input for the current row, naming the field.
[[noreturn]] inline void bad_field(const csv_reader& csv, std::string_view field, const std::string& message) {
    throw error(errc::malformed_input, "alliance.csv.field", message, csv.where(field));
}

template <class>
void read_period_rows(csv_reader& csv, registry& into, read_report& report, const read_options& options) {
    // Map the header's columns; every name must be known and appear once.
    std::array<std::size_t, period_column_count> at{};
    at.fill(csv_reader::npos);
    const auto& header = csv.header();
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto known = std::find(period_csv_columns.begin(), period_csv_columns.end(), header[i]);
        if (known == period_csv_columns.end())
            throw error(errc::malformed_input, "alliance.csv.header",
                        "unknown column '" + header[i] + "' (known: organisation, party, status, from, to, basis, "
                        "source, note, reading, conflict, record, name, kind, value)",
                        location{csv.file(), csv.line(), header[i]});
        auto& slot = at[static_cast<std::size_t>(known - period_csv_columns.begin())];
        if (slot != csv_reader::npos)
            throw error(errc::malformed_input, "alliance.csv.header", "column '" + header[i] + "' appears twice",
                        location{csv.file(), csv.line(), header[i]});
        slot = i;
    }
    for (const auto required : {period_column::organisation, period_column::party, period_column::status,
                                period_column::from, period_column::to})
        if (at[static_cast<std::size_t>(required)] == csv_reader::npos)
            throw error(errc::malformed_input, "alliance.csv.header",
                        "missing column '" + std::string(period_csv_columns[static_cast<std::size_t>(required)]) +
                            "' (required: organisation, party, status, from, to)",
                        location{csv.file(), csv.line(), {}});

    const auto get = [&](period_column c) -> std::string_view {
        const std::size_t i = at[static_cast<std::size_t>(c)];
        return i == csv_reader::npos ? std::string_view{} : csv[i];
    };
    const auto name_of = [](period_column c) { return period_csv_columns[static_cast<std::size_t>(c)]; };
    const auto require = [&](period_column c, std::string_view what) {
        if (get(c).empty()) bad_field(csv, name_of(c), std::string(what) + " must not be empty");
    };
    // A limit of a span of days (coverage, unknown): a whole day, YYYY-MM-DD.
    const auto span_day = [&](period_column c, std::string_view what) {
        const auto parsed = try_parse_partial_date(get(c));
        if (!parsed || parsed.value.precision() != precision::day)
            bad_field(csv, name_of(c),
                      std::string(what) + "'s limits are days (YYYY-MM-DD), not " + alliance::detail::echo(get(c)) +
                          // The parser's own "expected YYYY, YYYY-MM or YYYY-MM-DD" would contradict the sentence.
                          (parsed || std::string_view(parsed.problem).substr(0, 13) == "expected YYYY" ? ""
                                                                                  : std::string(": ") + parsed.problem));
        return parsed.value.earliest();
    };
    // Columns that have no meaning for this kind of row must be empty.
    const auto only = [&](std::string_view record, std::initializer_list<period_column> allowed) {
        for (std::size_t c = 0; c < period_column_count; ++c) {
            const auto col = static_cast<period_column>(c);
            if (col == period_column::record || get(col).empty()) continue;
            if (std::find(allowed.begin(), allowed.end(), col) != allowed.end()) continue;
            bad_field(csv, name_of(col),
                      "must be empty in a '" + std::string(record) + "' row (found " + alliance::detail::echo(get(col)) + ")");
        }
    };
    const auto boundary_of = [&](period_column c) {
        try {
            return parse_boundary(get(c));
        } catch (const error& e) {
            throw error(e.code(), e.id(), message_of(e), csv.where(name_of(c)));
        }
    };

    const std::size_t width = header.size();
    std::unordered_map<std::string, long> seen;  // each period row's fields -> its line
    // Each attribute row's (organisation key, name) -> its line and value, and
    // each unknown row's (organisation key, party key, from, to) -> its line.
    std::unordered_map<std::string, std::pair<long, std::string>> attributes_seen;
    std::unordered_map<std::string, long> unknown_seen;
    // A row's identity: its fields, each preceded by its length, so that no
    // text can be mistaken for a boundary between fields (a field may hold
    // any character, U+001F included).
    const auto identity_of = [](std::initializer_list<std::string_view> parts) {
        std::string identity;
        for (const std::string_view part : parts) {
            identity += std::to_string(part.size());
            identity += ':';
            identity += part;
        }
        return identity;
    };
    while (csv.next()) {
        ++report.rows;
        try {
            csv.expect_fields(width);
            const std::string_view record = get(period_column::record);
            if (record.empty() || record == "period") {
                only("period", {period_column::organisation, period_column::party, period_column::status,
                                period_column::from, period_column::to, period_column::basis, period_column::source,
                                period_column::note, period_column::reading, period_column::conflict});
                require(period_column::organisation, "the organisation");
                require(period_column::party, "the party");
                period p;
                p.organisation = get(period_column::organisation);
                p.party = get(period_column::party);
                const auto status_text = get(period_column::status);
                const auto s = parse_status(status_text);
                if (!s || *s == status::none)
                    bad_field(csv, "status",
                              "unknown status " + alliance::detail::echo(status_text) +
                                  " (expected member, associate, observer, signatory, suspended, frozen or withdrawn)");
                p.status = *s;
                p.from = boundary_of(period_column::from);
                p.to = boundary_of(period_column::to);
                if (const auto b = get(period_column::basis); !b.empty()) {
                    const auto parsed = parse_basis(b);
                    if (!parsed) bad_field(csv, "basis", "unknown basis " + alliance::detail::echo(b) + " (expected de_jure or de_facto)");
                    p.basis = *parsed;
                }
                if (const auto rd = get(period_column::reading); !rd.empty()) {
                    if (rd == "alternative") p.reading = reading::alternative;
                    else if (rd != "primary")
                        bad_field(csv, "reading", "unknown reading " + alliance::detail::echo(rd) + " (expected primary or alternative)");
                }
                p.source = get(period_column::source);
                p.note = get(period_column::note);
                p.conflict = get(period_column::conflict);
                validate(p, csv.where());
                // Keys that no row declared are registered with an empty name.
                const auto o = into.find_organisation(p.organisation);
                const auto who = into.find_party(p.party);
                const std::string_view organisation_key = o ? into.key(*o) : into.key(into.add_organisation(p.organisation, {}));
                const std::string_view party_key = who ? into.key(*who) : into.key(into.add_party(p.party, {}));
                // The same period twice is a mistake (a file pasted twice), not
                // two facts. Compared as the registry will hold it: canonical
                // keys (a party may be named by key, name or alias), dates and
                // defaults written out.
                const std::string from_text = to_string(p.from);
                const std::string to_text = to_string(p.to);
                std::string identity = identity_of(
                    {organisation_key, party_key, to_string(p.status), from_text, to_text, to_string(p.basis), p.source,
                     p.note, p.reading == reading::primary ? "primary" : "alternative", p.conflict});
                if (const auto [it, fresh] = seen.emplace(std::move(identity), csv.line()); !fresh)
                    throw error(errc::malformed_input, "alliance.row.duplicate",
                                "the same period as on line " + std::to_string(it->second), csv.where());
                if (const timeline* line = o && who ? into.find_timeline(*o, *who) : nullptr;
                    line != nullptr && line->period_count() >= options.max_periods_per_party)
                    throw error(errc::malformed_input, "alliance.limit.periods",
                                "more than " + std::to_string(options.max_periods_per_party) + " periods of " +
                                    alliance::detail::echo(party_key) + " in " + alliance::detail::echo(organisation_key) +
                                    " (read_options::max_periods_per_party)",
                                csv.where());
                into.add(p, csv.where());
                ++report.periods;
                ++report.rows_with_periods;
                continue;
            }

            const auto declare = [&](auto&& action) {
                try {
                    action();
                } catch (const error& e) {
                    if (e.code() != errc::duplicate_key) throw;
                    // A name or key that another party has: the field that holds it.
                    const std::string message = message_of(e);
                    const std::string_view field = message.rfind("the name ", 0) == 0 ? "name"
                                                   : message.rfind("the key ", 0) == 0 ? "party"
                                                                                      : "";
                    throw error(e.code(), e.id(),
                                message + " (a declaration must come before any period that uses its key, and agree with earlier ones)",
                                csv.where(field));
                }
            };
            if (record == "organisation") {
                only(record, {period_column::organisation, period_column::name});
                require(period_column::organisation, "the organisation");
                declare([&] { into.add_organisation(get(period_column::organisation), get(period_column::name)); });
            } else if (record == "party") {
                only(record, {period_column::party, period_column::name, period_column::kind});
                require(period_column::party, "the party");
                party_kind kind = party_kind::state;
                if (const auto k = get(period_column::kind); !k.empty()) {
                    const auto parsed = parse_party_kind(k);
                    if (!parsed)
                        bad_field(csv, "kind", "unknown party kind " + alliance::detail::echo(k) + " (expected state, organisation, body or other)");
                    kind = *parsed;
                }
                declare([&] { into.add_party(get(period_column::party), get(period_column::name), kind); });
            } else if (record == "alias") {
                only(record, {period_column::party, period_column::name});
                require(period_column::party, "the party");
                require(period_column::name, "the alias");
                const auto who = into.find_party(get(period_column::party));
                if (!who)
                    bad_field(csv, "party", "unknown party '" + std::string(get(period_column::party)) +
                                                "' (declare it in a 'party' row before its aliases)");
                declare([&] { into.add_alias(*who, get(period_column::name)); });
            } else if (record == "attribute") {
                only(record, {period_column::organisation, period_column::name, period_column::value});
                require(period_column::organisation, "the organisation");
                require(period_column::name, "the attribute name");
                const auto o = into.find_organisation(get(period_column::organisation));
                if (!o)
                    bad_field(csv, "organisation", "unknown organisation '" + std::string(get(period_column::organisation)) +
                                                       "' (declare it in an 'organisation' row before its attributes)");
                // A second row for the same attribute would replace the first
                // in silence: with another value the file contradicts itself,
                // with the same value it is a row given twice (as for periods).
                const std::string_view value = get(period_column::value);
                const auto [it, fresh] = attributes_seen.emplace(identity_of({into.key(*o), get(period_column::name)}),
                                                                 std::make_pair(csv.line(), std::string(value)));
                if (!fresh) {
                    const auto& [line, first_value] = it->second;
                    if (first_value != value)
                        bad_field(csv, "value",
                                  "the attribute '" + std::string(get(period_column::name)) + "' of '" +
                                      std::string(into.key(*o)) + "' is already '" + first_value + "' (line " +
                                      std::to_string(line) + "); a second row cannot change it to '" + std::string(value) +
                                      "'");
                    throw error(errc::malformed_input, "alliance.row.duplicate",
                                "the same attribute as on line " + std::to_string(line), csv.where());
                }
                into.set_attribute(*o, get(period_column::name), value);
            } else if (record == "coverage") {
                only(record, {period_column::organisation, period_column::from, period_column::to});
                require(period_column::organisation, "the organisation");
                const auto o = into.find_organisation(get(period_column::organisation));
                if (!o)
                    bad_field(csv, "organisation", "unknown organisation '" + std::string(get(period_column::organisation)) +
                                                       "' (declare it in an 'organisation' row before its coverage)");
                if (into.coverage(*o))
                    bad_field(csv, "record", "a second coverage row for organisation '" +
                                                 std::string(get(period_column::organisation)) + "'");
                const auto first = span_day(period_column::from, "a coverage window");
                const auto end = get(period_column::to) == ".." ? end_of_time : span_day(period_column::to, "a coverage window");
                if (end <= first) bad_field(csv, "to", "the coverage ends before it starts");
                into.set_coverage(*o, first, end - date::days{1});
            } else if (record == "unknown") {
                only(record, {period_column::organisation, period_column::party, period_column::from, period_column::to});
                require(period_column::organisation, "the organisation");
                require(period_column::party, "the party");
                const auto day_of = [&](period_column c) { return span_day(c, "an unknown span"); };
                const auto first = day_of(period_column::from);
                const auto end = day_of(period_column::to);
                if (end <= first) bad_field(csv, "to", "the unknown span ends before it starts");
                const auto o = into.find_organisation(get(period_column::organisation));
                const auto who = into.find_party(get(period_column::party));
                const std::string_view organisation_key =
                    o ? into.key(*o) : into.key(into.add_organisation(get(period_column::organisation), {}));
                const std::string_view party_key = who ? into.key(*who) : into.key(into.add_party(get(period_column::party), {}));
                // The same span twice would merge without a word; like a
                // period given twice, it is a mistake. Compared by canonical
                // keys and days, as the registry holds it.
                const std::string from_text = to_string(first);
                const std::string to_text = to_string(end);
                if (const auto [it, fresh] =
                        unknown_seen.emplace(identity_of({organisation_key, party_key, from_text, to_text}), csv.line());
                    !fresh)
                    throw error(errc::malformed_input, "alliance.row.duplicate",
                                "the same unknown span as on line " + std::to_string(it->second), csv.where());
                into.add_unknown(get(period_column::organisation), get(period_column::party), first, end - date::days{1},
                                 csv.where());
            } else {
                bad_field(csv, "record",
                          "unknown record " + alliance::detail::echo(record) +
                              " (expected period, organisation, party, alias, attribute, coverage or unknown)");
            }
            ++report.rows_without_periods;
        } catch (const error& e) {
            // An error from the registry (a key it refuses) says where the row is.
            if (!options.lenient && e.where().empty()) throw error(e.code(), e.id(), message_of(e), csv.where());
            if (!options.lenient || e.code() == errc::io) throw;
            // Errors from the registry carry the row's place already; others get it here.
            report.reject(e.where().file.empty() ? std::string(e.what()) + " (" + csv.file() + ":" + std::to_string(csv.line()) + ")"
                                                 : std::string(e.what()));
        }
    }
}

}  // namespace detail

template <class>
registry read_period_csv(std::istream& in, const std::string& file, read_report* report, read_options options) {
    csv_reader csv(in, file);
    read_report local;
    read_report& out = report ? *report : local;
    out = read_report{};
    out.format = "alliance-csv";
    if (!csv.read_header())
        throw error(errc::malformed_input, "alliance.csv.empty", "the file is empty: expected a header row",
                    location{file, 1, {}});
    registry r;
    detail::read_period_rows(csv, r, out, options);
    out.parties = r.party_count();
    out.organisations = r.organisation_count();
    return r;
}

}  // namespace alliance::io
