// cli/commands.hpp — the questions the `alliance` program answers, each
// written to a stream. Each function is also a worked example of the
// library's API: a registry, its timelines, and the queries over them.
#pragma once

#include "cli/support.hpp"

#include <date/date.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace alliance_cli {

// One line, its first word the standing: member | associate | observer |
// signatory | suspended | withdrawn | none | unknown. An unknown names what
// it may be ("unknown (member|withdrawn)") or why it is unknown ("unknown
// (outside the coverage of CSTO: 1992-01-01 to 2024-05-12)"); a qualified
// participation follows the standing ("member (participation frozen, de
// facto, since 2024-02-23)").
void status_command(const dataset& d, std::string_view org, std::string_view party, date::sys_days day,
                    std::ostream& out);
// The parties certainly holding `member` on the day, one key per line,
// sorted; with `active`, only those whose participation is certainly not
// qualified (not frozen).
void members_command(const dataset& d, std::string_view org, date::sys_days day, bool active, std::ostream& out);
// The parties certainly members of both organisations on the day.
void common_command(const dataset& d, std::string_view org_a, std::string_view org_b, date::sys_days day,
                    std::ostream& out);
// The spans of days on which both parties were certainly members, as inclusive FROM/TO (or FROM/..).
void overlap_command(const dataset& d, std::string_view org, std::string_view party_a, std::string_view party_b,
                     std::ostream& out);
// Every period (primary and alternative readings) of the organisation, or of one party in it.
void timeline_command(const dataset& d, std::string_view org, const std::optional<std::string>& party,
                      std::ostream& out);
// The changes of status between two days, one per line, oldest first.
void changes_command(const dataset& d, std::string_view org, date::sys_days from, date::sys_days to,
                     std::ostream& out);
// The answer to `status`, the periods, quotes and sources behind it, and any conflicting reading.
void explain_command(const dataset& d, std::string_view org, std::string_view party, date::sys_days day,
                     std::ostream& out);
void orgs_command(const dataset& d, std::ostream& out);
// Every party, or the parties with a period in the organisation.
void parties_command(const dataset& d, const std::optional<std::string>& org, std::ostream& out);

// How to cite the library, and each source this run read: the embedded CSTO
// documents or the files' data sets, and the crosswalk's lists when codes were used
// (cli/codes.cpp, beside the code columns).
void cite_command(const dataset& d, std::ostream& out);

}  // namespace alliance_cli
