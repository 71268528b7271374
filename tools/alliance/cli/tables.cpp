// cli/tables.cpp — the definitions of what cli/tables.hpp declares (see there).
#include "cli/tables.hpp"

#include "cli/codes.hpp"
#include "cli/support.hpp"

#include <alliance/alliance.hpp>
#include <alliance/io/cow_alliance.hpp>  // member_value
#include <alliance/io/period_csv.hpp>
#include <alliance/panel.hpp>

#include <nlohmann/json.hpp>

#include <date/date.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace alliance_cli {

namespace detail {
nlohmann::ordered_json boundary_json(const alliance::boundary& b) {
    nlohmann::ordered_json j;
    j["stated"] = alliance::to_string(b);
    if (b.is_open()) {
        j["earliest"] = nullptr;
        j["latest"] = nullptr;
    } else {
        j["earliest"] = alliance::to_string(b.earliest());
        j["latest"] = alliance::to_string(b.latest());
    }
    return j;
}

void csv_cell(std::ostream& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << s;
        return;
    }
    out << '"';
    for (const char c : s) out << (c == '"' ? "\"\"" : std::string(1, c));
    out << '"';
}

std::string_view one_zero_na(alliance::answer a) {
    return a == alliance::answer::yes ? "1" : a == alliance::answer::no ? "0" : "NA";
}
}  // namespace detail

void export_csv(const dataset& d, const std::optional<std::string>& org, std::ostream& out) {
    if (!org) {
        alliance::io::write_period_csv(out, d.registry);
        return;
    }
    // Everything the organisation holds, unknown days and parties with only unknown days included.
    alliance::io::write_period_csv(out, alliance::restricted(d.registry, find_organisation(d, "ORG", *org)));
}

void export_json(const dataset& d, const std::optional<std::string>& org, std::ostream& out) {
    const auto& r = d.registry;
    std::optional<alliance::organisation_id> only;
    if (org) only = find_organisation(d, "ORG", *org);

    auto organisations = nlohmann::ordered_json::array();
    for (const auto o : r.organisations())
        if (!only || *only == o) {
            nlohmann::ordered_json entry{{"key", r.key(o)}, {"name", r.name(o)}};
            // Attributes as the registry holds them (per-member lists included); absent when none.
            if (const auto attributes = r.attributes(o); !attributes.empty()) {
                auto& held = entry["attributes"] = nlohmann::ordered_json::object();
                for (const auto& [name, value] : attributes) held[std::string(name)] = value;
            }
            // The days the sources observe, both included; absent when every day is.
            if (const auto window = r.coverage(o))
                entry["coverage"] = {{"first", alliance::to_string(window->first)}, {"last", alliance::to_string(window->last)}};
            organisations.push_back(std::move(entry));
        }

    auto periods = nlohmann::ordered_json::array();
    std::vector<alliance::party_id> used;
    for (const auto& p : r.periods()) {
        if (only && p.organisation != r.key(*only)) continue;
        used.push_back(r.party(p.party));
        nlohmann::ordered_json j;
        j["organisation"] = p.organisation;
        j["party"] = p.party;
        j["status"] = alliance::to_string(p.status);
        j["layer"] = alliance::to_string(alliance::layer_of(p.status));
        j["from"] = detail::boundary_json(p.from);
        j["to"] = detail::boundary_json(p.to);
        j["basis"] = alliance::to_string(p.basis);
        j["reading"] = p.reading == alliance::reading::primary ? "primary" : "alternative";
        j["conflict"] = p.conflict.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(p.conflict);
        auto& sources = j["sources"] = nlohmann::ordered_json::array();
        for (const auto key : split_keys(p.source)) sources.push_back(key);
        j["note"] = p.note;
        periods.push_back(std::move(j));
    }

    auto parties = nlohmann::ordered_json::array();
    for (const auto p : r.parties())
        if (!only || std::find(used.begin(), used.end(), p) != used.end())
            parties.push_back({{"key", r.key(p)}, {"name", r.name(p)}, {"kind", alliance::to_string(r.kind(p))}});

    nlohmann::ordered_json doc;
    doc["source"] = printable(d.origin);  // a file name need not be UTF-8; JSON text must be
    doc["organisations"] = std::move(organisations);
    doc["parties"] = std::move(parties);
    doc["periods"] = std::move(periods);
    out << doc.dump(2) << '\n';
}

void panel_csv(const dataset& d, std::string_view org, panel_unit unit, std::optional<int> first_year,
               std::optional<int> last_year, std::ostream& out) {
    const auto o = find_organisation(d, "ORG", org);
    if (first_year && last_year && *last_year < *first_year)
        throw usage_error("--to " + std::to_string(*last_year) + " is before --from " + std::to_string(*first_year));
    alliance::panel_options options;
    options.first_year = first_year;
    options.last_year = last_year;
    const auto key = d.registry.key(o);
    code_columns codes(d, "NA");
    const auto code_cells = [&](std::string_view party, int year) {
        const date::sys_days december_31{date::year{year} / date::month{12} / date::day{31}};
        for (const auto& cell : codes.cells(d.registry.party(party), december_31)) {
            out << ',';
            detail::csv_cell(out, cell);
        }
    };
    const auto header = [&](const char* before, std::initializer_list<const char*> parties, const char* after) {
        out << before;
        for (const char* party : parties) {
            out << ',' << party;
            for (const auto& name : codes.names(party)) out << ',' << name;
        }
        out << after;
    };
    if (unit == panel_unit::state_year) {
        // The organisation's attributes follow as columns of their own (a COW
        // alliance's ss_type and defense, an ATOP alliance's obligations), each
        // row holding its party's value where members' values differ.
        const auto attributes = d.registry.attributes(o);
        header("organisation", {"party"}, ",year,status,member");
        for (const auto& [name, value] : attributes) {
            out << ',';
            detail::csv_cell(out, name);
        }
        out << '\n';
        for (const auto& row : alliance::state_year_panel(d.registry, key, options)) {
            detail::csv_cell(out, row.organisation);
            out << ',';
            detail::csv_cell(out, row.party);
            code_cells(row.party, row.year);
            out << ',' << row.year << ',' << alliance::to_string(row.status) << ','
                << detail::one_zero_na(row.status.is(alliance::status::member));
            for (const auto& [name, value] : attributes) {
                out << ',';
                detail::csv_cell(out, alliance::io::member_value(value, row.party));
            }
            out << '\n';
        }
        return;
    }
    header("organisation", {"party1", "party2"}, ",year,both_members\n");
    for (const auto& row : alliance::dyad_year_panel(d.registry, key, options)) {
        detail::csv_cell(out, row.organisation);
        out << ',';
        detail::csv_cell(out, row.party1);
        code_cells(row.party1, row.year);
        out << ',';
        detail::csv_cell(out, row.party2);
        code_cells(row.party2, row.year);
        out << ',' << row.year << ',' << detail::one_zero_na(row.both_members) << '\n';
    }
}

}  // namespace alliance_cli
