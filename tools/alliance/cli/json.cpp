// cli/json.cpp — export_json of cli/tables.hpp (see there; cli/tables.cpp
// says why it is apart).
#include "cli/tables.hpp"
#include "cli/dataset.hpp"

#include <alliance/error.hpp>
#include <alliance/period.hpp>
#include <alliance/registry.hpp>
#include <alliance/status.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
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
}  // namespace detail

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

}  // namespace alliance_cli
