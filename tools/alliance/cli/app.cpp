// cli/app.cpp — the definitions of what cli/app.hpp declares (see there).
#include "cli/app.hpp"

#include "cli/chart.hpp"
#include "cli/commands.hpp"
#include "cli/panel.hpp"
#include "cli/support.hpp"
#include "cli/tables.hpp"

#include <alliance/error.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace alliance_cli {

namespace detail {

const std::vector<std::string>& file_formats() {
    static const std::vector<std::string> formats{"auto",           "alliance-csv",        "cow-igo-state-year",
                                                  "cow-igo-igo-year", "cow-alliance-member", "atop-member",
                                                  "atop-alliance"};
    return formats;
}

// Messages are printed on one line, whatever the library or CLI11 put in them.
// CLI11's messages quote the arguments they refuse whole: each word longer
// than 64 characters is cut to 60 and "…", as the library's messages do.
std::string cut_long_words(const std::string& text) {
    std::string out;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string_view word = std::string_view(text).substr(at, end - at);
        // Up to 64 characters a word is kept whole: a quoted text the library
        // already cut ('…' and its quotes) is not cut again.
        const std::string whole = alliance::detail::echo(word, 64);
        const std::string cut = whole.size() == word.size() + 2 ? whole : alliance::detail::echo(word);
        out += cut.substr(1, cut.size() - 2);  // without echo's quotes
        if (end < text.size()) out += ' ';
        at = end + 1;
    }
    return out;
}

// Where a long run shows its progress: stderr, when it is the terminal's.
std::ostream* terminal_stderr(std::ostream& err) {
    return &err == &std::cerr && isatty(STDERR_FILENO) != 0 ? &err : nullptr;
}

std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

// Everything the user typed, as CLI11 fills it in.
struct arguments {
    std::vector<std::string> data;  // --data, in the order given
    std::string format = "auto";
    std::string org, org2, party, party2, day, from, to;
    std::optional<std::string> maybe_org, maybe_party;
    std::string as;
    std::string unit;
    std::string rule = "end-of-year", frame = "members";  // panel
    bool all = false;                                     // panel --all
    std::optional<std::string> from_opt, to_opt, output;
    bool active = false;  // members --active
    std::optional<std::string> codes;
    std::optional<std::string> observed_until;  // --assume-observed-until
};

}  // namespace detail

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    detail::arguments a;
    CLI::App app{"Who was a member of what, and when: questions, tables and charts from alliance-membership data.\n"
                 "With no --data, the embedded dataset of the Collective Security Treaty (1992) and the CSTO (2002-)\n"
                 "is used. DATE is YYYY-MM-DD; ORG and PARTY keys match in any case, and a party may be named in\n"
                 "English. `unknown` means the sources' precision leaves the day undecided.",
                 "alliance"};
    app.require_subcommand(1, 1);
    app.get_formatter()->label("SUBCOMMAND", "COMMAND");
    app.get_formatter()->label("Subcommands", "Commands");
    app.get_formatter()->label("Positionals", "Arguments");
    app.get_formatter()->label("TEXT", "");
    app.fallthrough();  // --data and --format may also follow the command
    app.footer("Errors: nothing on stdout, one line on stderr, exit status 2.\n"
               "Example: alliance status CSTO UZB 2010-01-01; alliance --codes cown,iso3c members CSTO 2010-01-01");
    auto* data = app.add_option("--data", a.data,
                                "read the periods from FILE instead of the embedded dataset (again: add a FILE)")
                     ->option_text("FILE")
                     ->allow_extra_args(false);  // one FILE per --data
    app.add_option("--format", a.format, "FILE's format, for every FILE (default: auto, guessed from each header)")
        ->option_text("FORMAT")
        ->check(CLI::IsMember(detail::file_formats()))
        ->needs(data);
    app.add_option("--codes", a.codes,
                   "add a column per scheme to every table: the party's country code on the row's day "
                   "(LIST: comma-separated, of " + code_scheme_names() + ")")
        ->option_text("LIST");
    app.add_option("--assume-observed-until", a.observed_until,
                   "treat the sources as observing up to DATE (widening or narrowing each organisation's coverage): "
                   "an assumption of yours, which every answer past the sources' last day then rests on")
        ->option_text("DATE");

    // Each command: its CLI11 subcommand and what it does once parsed.
    std::vector<std::pair<CLI::App*, std::function<void(const dataset&, std::ostream&)>>> commands;
    const auto command = [&](const char* name, const char* description,
                             std::function<void(const dataset&, std::ostream&)> action) {
        auto* sub = app.add_subcommand(name, description);
        commands.emplace_back(sub, std::move(action));
        return sub;
    };
    const auto day = [](const char* argument, const std::string& text) { return parse_day(argument, text); };

    auto* status = command("status", "one word: the status of PARTY in ORG on DATE (or unknown)",
                           [&](const dataset& d, std::ostream& o) {
                               status_command(d, a.org, a.party, day("DATE", a.day), o);
                           });
    status->add_option("ORG", a.org, "organisation key")->required();
    status->add_option("PARTY", a.party, "party key or English name")->required();
    status->add_option("DATE", a.day, "YYYY-MM-DD")->required();

    auto* members = command("members", "the parties certainly members of ORG on DATE, one key per line",
                            [&](const dataset& d, std::ostream& o) {
                                members_command(d, a.org, day("DATE", a.day), a.active, o);
                            });
    members->add_option("ORG", a.org, "organisation key")->required();
    members->add_option("DATE", a.day, "YYYY-MM-DD")->required();
    members->add_flag("--active", a.active,
                      "only the members whose participation is certainly not qualified (not frozen, de facto)");

    auto* common = command("common", "the parties certainly members of both ORG1 and ORG2 on DATE",
                           [&](const dataset& d, std::ostream& o) {
                               common_command(d, a.org, a.org2, day("DATE", a.day), o);
                           });
    common->add_option("ORG1", a.org, "organisation key")->required();
    common->add_option("ORG2", a.org2, "organisation key")->required();
    common->add_option("DATE", a.day, "YYYY-MM-DD")->required();

    auto* overlap = command("overlap", "the spans when PARTY1 and PARTY2 were both certainly members (FROM/TO, inclusive)",
                            [&](const dataset& d, std::ostream& o) { overlap_command(d, a.org, a.party, a.party2, o); });
    overlap->add_option("ORG", a.org, "organisation key")->required();
    overlap->add_option("PARTY1", a.party, "party key or English name")->required();
    overlap->add_option("PARTY2", a.party2, "party key or English name")->required();

    auto* timeline = command("timeline", "every status period of ORG (or of PARTY in it), with its dates and sources",
                             [&](const dataset& d, std::ostream& o) { timeline_command(d, a.org, a.maybe_party, o); });
    timeline->add_option("ORG", a.org, "organisation key")->required();
    timeline->add_option("PARTY", a.maybe_party, "party key or English name");

    auto* changes = command("changes", "what changed in ORG after FROM and up to TO, oldest first",
                            [&](const dataset& d, std::ostream& o) {
                                changes_command(d, a.org, day("FROM", a.from), day("TO", a.to), o);
                            });
    changes->add_option("ORG", a.org, "organisation key")->required();
    changes->add_option("FROM", a.from, "YYYY-MM-DD")->required();
    changes->add_option("TO", a.to, "YYYY-MM-DD")->required();

    auto* explain = command("explain", "the answer to `status`, the periods, quotes and sources behind it",
                            [&](const dataset& d, std::ostream& o) {
                                explain_command(d, a.org, a.party, day("DATE", a.day), o);
                            });
    explain->add_option("ORG", a.org, "organisation key")->required();
    explain->add_option("PARTY", a.party, "party key or English name")->required();
    explain->add_option("DATE", a.day, "YYYY-MM-DD")->required();

    command("cite", "how to cite the library and each data source this run reads (with --data, --codes)",
            [&](const dataset& d, std::ostream& o) { cite_command(d, o); });

    command("orgs", "the organisations known, with their names",
            [&](const dataset& d, std::ostream& o) { orgs_command(d, o); });

    auto* parties = command("parties", "the parties known (or those of ORG), with their names",
                            [&](const dataset& d, std::ostream& o) { parties_command(d, a.maybe_org, o); });
    parties->add_option("ORG", a.maybe_org, "organisation key");

    auto* export_ = command("export", "the periods (of ORG, or all) as the library's period CSV, or as JSON",
                            [&](const dataset& d, std::ostream& o) {
                                if (a.as == "csv")
                                    export_csv(d, a.maybe_org, o);
                                else
                                    export_json(d, a.maybe_org, o);
                            });
    export_->add_option("ORG", a.maybe_org, "organisation key");
    export_->add_option("--as", a.as, "csv (read back by --data) or json")
        ->required()
        ->check(CLI::IsMember({"csv", "json"}));

    auto* panel = command("panel",
                          "a CSV panel of ORG (or counts over --all): per state-year or -month, or per pair-year, "
                          "by a year rule, over the members or a state system",
                          [&](const dataset& d, std::ostream& o) {
                              panel_request request;
                              request.org = a.maybe_org;
                              request.all = a.all;
                              request.unit = a.unit;
                              request.rule = a.rule;
                              request.frame = a.frame;
                              if (a.from_opt) request.first_year = static_cast<int>(parse_year("--from", *a.from_opt));
                              if (a.to_opt) request.last_year = static_cast<int>(parse_year("--to", *a.to_opt));
                              panel_csv(d, request, o, detail::terminal_stderr(err));
                          });
    panel->add_option("ORG", a.maybe_org, "organisation key (or --all)");
    panel->add_flag("--all", a.all,
                    "every organisation: per pair-year, how many the two certainly and possibly share "
                    "(dyadigos, dyadigos_possible)");
    panel->add_option("--unit", a.unit, "state-year, state-month, dyad-year or directed-dyad-year")
        ->required()
        ->check(CLI::IsMember({"state-year", "state-month", "dyad-year", "directed-dyad-year"}));
    panel->add_option("--rule", a.rule,
                      "how a year (month) becomes one answer: end-of-year (default: the status on 31 December), "
                      "first-day, any-day, majority (more than half the days) or share (the fraction of the days)")
        ->check(CLI::IsMember({"end-of-year", "first-day", "any-day", "majority", "share"}));
    panel->add_option("--frame", a.frame,
                      "the rows: members (default: the organisation's parties) or every state of cow-system or "
                      "gw-system in each year, non-members 0")
        ->check(CLI::IsMember({"members", "cow-system", "gw-system"}));
    panel->add_option("--from", a.from_opt, "first year (default: the earliest year the data states)")
        ->option_text("YEAR");
    panel->add_option("--to", a.to_opt, "last year (default: the latest year the data states)")->option_text("YEAR");

    auto* chart = command("chart", "an SVG timeline chart of ORG: one row per party, one colour per status",
                          [&](const dataset& d, std::ostream& o) {
                              chart_options options;
                              if (a.from_opt) options.from = parse_day("--from", *a.from_opt);
                              if (a.to_opt) options.to = parse_day("--to", *a.to_opt);
                              chart_svg(d, a.org, options, o);
                          });
    chart->add_option("ORG", a.org, "organisation key")->required();
    chart->add_option("--from", a.from_opt, "first day (default: 1 January of the earliest year stated)")
        ->option_text("DATE");
    chart->add_option("--to", a.to_opt, "last day (default: the end of the latest year stated, or of this year while a status goes on)")
        ->option_text("DATE");
    chart->add_option("-o,--output", a.output, "write the SVG to FILE.svg instead of stdout")->option_text("FILE.svg");

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {  // --help
        const int code = app.exit(e, out, err);
        out.flush();
        if (!out) {
            err << "alliance: cannot write the output (standard output is full or closed)\n";
            return exit_error;
        }
        return code;
    } catch (const CLI::ParseError& e) {
        const auto* chosen = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
        std::string where = chosen ? chosen->get_name() + ": " : std::string();
        std::string message = e.what();
        // CLI11 reports an unknown command as an unexpected argument or a missing subcommand.
        if (!chosen) {
            std::string names;
            for (const auto& c : commands) names += (names.empty() ? "" : ", ") + c.first->get_name();
            const auto rest = app.remaining();
            if (!rest.empty() && !rest.front().empty() && rest.front().front() != '-')
                message = "unknown command " + alliance::detail::echo(rest.front()) + " (commands: " + names + ")";
            else if (dynamic_cast<const CLI::RequiredError*>(&e) && message.find("subcommand") != std::string::npos)
                message = "no command given (commands: " + names + "; see --help)";
        }
        err << "alliance: " << detail::one_line(detail::cut_long_words(where + message)) << '\n';
        return exit_error;
    }

    const auto& chosen = *std::find_if(commands.begin(), commands.end(),
                                       [](const auto& c) { return c.first->parsed(); });
    const std::string name = chosen.first->get_name();
    std::vector<alliance::data::codes::scheme> code_schemes;
    if (a.codes) {
        try {
            code_schemes = parse_code_schemes(*a.codes);
        } catch (const std::exception& e) {
            err << "alliance: " << detail::one_line(e.what()) << '\n';
            return exit_error;
        }
    }
    std::shared_ptr<dataset> d;
    try {
        d = open_dataset(a.data, a.format, std::move(code_schemes));
    } catch (const std::exception& e) {
        // The reader's message names the file, and the line and field when it could read the file.
        err << "alliance: " << (!a.data.empty() ? "--data: " : "the embedded dataset: ") << detail::one_line(e.what()) << '\n';
        return exit_error;
    }
    try {
        // Coverage is widened only on request, never by a default: past the
        // sources' last day an answer is the user's assumption, not theirs.
        if (a.observed_until) assume_observed_until(*d, *a.observed_until);
    } catch (const std::exception& e) {
        err << "alliance: --assume-observed-until: " << detail::one_line(e.what()) << '\n';
        return exit_error;
    }
    try {
        if (name == "panel") {
            // A panel may be gigabytes: it is written as it is computed (its
            // arguments are checked before its first line), not held.
            chosen.second(*d, out);
        } else {
            std::ostringstream answer;
            chosen.second(*d, answer);
            if (name == "chart" && a.output) {
                std::ofstream file(*a.output, std::ios::binary);
                file << answer.str();
                file.close();
                if (!file) throw usage_error("-o: cannot write '" + *a.output + "'");
            } else {
                out << answer.str();
            }
        }
        out.flush();
        // A full disk or a closed stdout loses the answer: that is a failure, not a success.
        if (!out) throw std::runtime_error("cannot write the output (standard output is full or closed)");
        return exit_success;
    } catch (const std::exception& e) {
        err << "alliance: " << name << ": " << detail::one_line(e.what()) << '\n';
    }
    return exit_error;
}

}  // namespace alliance_cli
