// cli/codes.cpp — the definitions of what cli/codes.hpp declares (see there),
// and of the code schemes' parsing (cli/support.hpp) and `cite`
// (cli/commands.hpp), which need the crosswalk.
#include "cli/codes.hpp"

#include "cli/commands.hpp"
#include "cli/dataset.hpp"

#include <alliance/data/codes.hpp>
#include <alliance/data/csto.hpp>

#include <date/date.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace alliance_cli {

std::vector<alliance::data::codes::scheme> parse_code_schemes(std::string_view list) {
    namespace codes = alliance::data::codes;
    std::vector<codes::scheme> out;
    while (true) {
        const auto comma = list.find(',');
        const auto name = list.substr(0, comma);
        const auto s = codes::parse_scheme(name);
        if (!s)
            throw usage_error("--codes: unknown code scheme '" + std::string(name) +
                              "' (schemes: " + codes::scheme_names() + ")");
        out.push_back(*s);
        if (comma == std::string_view::npos) return out;
        list.remove_prefix(comma + 1);
    }
}

std::string code_scheme_names() { return alliance::data::codes::scheme_names(); }

code_columns::code_columns(const dataset& d, std::string_view missing)
    : d_(d), schemes_(d.code_schemes), missing_(missing) {
    if (!empty()) d_.used_codes = true;
    codes_.emplace(d_.registry, schemes_);
}

void code_columns::ensure(alliance::data::codes::scheme system) {
    if (std::find(schemes_.begin(), schemes_.end(), system) == schemes_.end()) schemes_.insert(schemes_.begin(), system);
    d_.used_codes = true;
    codes_.emplace(d_.registry, schemes_, system);
}

std::vector<std::string> code_columns::names(std::string_view prefix, bool upper) const {
    std::vector<std::string> out;
    for (const auto s : schemes_) {
        std::string name = std::string(prefix) + "_" + std::string(alliance::data::codes::to_string(s));
        if (upper)
            for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        out.push_back(std::move(name));
    }
    return out;
}

std::vector<std::string> code_columns::cells(std::optional<alliance::party_id> p, const alliance::frame_entry* entry,
                                             date::sys_days day) {
    std::vector<std::string> out;
    for (const auto& value : codes_->of(p, entry, day)) out.push_back(value ? value->text() : missing_);
    return out;
}

std::vector<std::string> code_columns::cells(alliance::party_id p) {
    namespace codes = alliance::data::codes;
    std::vector<std::string> out;
    for (const auto s : schemes_) {
        // The codes of the party's countries held on a day the party is that country.
        std::vector<std::string> held;
        for (const auto c : codes::countries_of(d_.registry, p))
            for (const auto& h : codes::history(c, s))
                for (const auto when : {h.first, h.last.value_or(today())})
                    if (codes::country_of(d_.registry, p, when) == c &&
                        std::find(held.begin(), held.end(), h.value.text()) == held.end())
                        held.push_back(h.value.text());
        std::string cell;
        for (const auto& h : held) cell += (cell.empty() ? "" : "/") + h;
        out.push_back(cell.empty() ? missing_ : cell);
    }
    return out;
}

namespace detail {
void cite_block(std::ostream& out, std::string_view what, std::initializer_list<std::string_view> lines) {
    out << what << ":\n";
    for (const auto line : lines) out << "  " << line << '\n';
    out << '\n';
}
}  // namespace detail

void cite_command(const dataset& d, std::ostream& out) {
    detail::cite_block(out, "The alliance library",
                       {"alliance: alliance-membership temporal modelling, version 0.1.0 (see CITATION.cff).",
                        "Licence: MIT (LICENSE)."});
    if (d.embedded) {
        out << "The embedded CSTO dataset, from these documents:\n";
        for (const auto& s : alliance::data::csto::sources)
            for (const auto& line : citations(d, s.key)) out << "  " << line << '\n';
        out << '\n';
    }
    const auto read = [&](std::string_view prefix) {
        return std::any_of(d.formats.begin(), d.formats.end(),
                           [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
    };
    if (read("cow-igo"))
        detail::cite_block(out, "Correlates of War IGO data, version 3.0",
                           {"Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020.",
                            "\"Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets.\"",
                            "Journal of Peace Research 57(3): 492-503. doi:10.1177/0022343319881175"});
    if (read("cow-alliance"))
        detail::cite_block(out, "Correlates of War formal alliances, version 4.1",
                           {"Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press."});
    if (read("atop"))
        detail::cite_block(out, "Alliance Treaty Obligations and Provisions (ATOP)",
                           {"Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002.",
                            "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260.",
                            "(and the codebook of the ATOP version read)"});
    if (read("alliance-csv"))
        detail::cite_block(out, "Period CSV files", {"cite the sources named in their source column"});
    if (d.used_codes || !d.code_schemes.empty()) {
        detail::cite_block(out, "Country codes: the Correlates of War state system",
                           {"Correlates of War Project. 2017. \"State System Membership List, v2016.\""});
        detail::cite_block(out, "Country codes: Gleditsch-Ward list of independent states",
                           {"Gleditsch, Kristian S., and Michael D. Ward. 1999. \"Interstate System Membership: A Revised",
                            "List of the Independent States since 1816.\" International Interactions 25: 393-413.",
                            "Spells as in the R package states by Andreas Beger (MIT licence)."});
        detail::cite_block(out, "Country codes: countrycode (ISO codes and the crosswalk's countries; GPL-3)",
                           {"Arel-Bundock, Vincent, Nils Enevoldsen, and CJ Yetman. 2018. \"countrycode: An R package to",
                            "convert country names and country codes.\" Journal of Open Source Software 3(28): 848."});
    }
}

}  // namespace alliance_cli
