// cli/tables.cpp — export_csv of cli/tables.hpp (see there); export_json is
// in cli/json.cpp, a unit of its own: nlohmann/json and the period CSV writer
// together take more memory to compile than a unit of the program may.
#include "cli/tables.hpp"
#include "cli/dataset.hpp"

#include <alliance/io/period_csv.hpp>
#include <alliance/registry.hpp>

#include <optional>
#include <ostream>
#include <string>

namespace alliance_cli {

void export_csv(const dataset& d, const std::optional<std::string>& org, std::ostream& out) {
    if (!org) {
        alliance::io::write_period_csv(out, d.registry);
        return;
    }
    // Everything the organisation holds, unknown days and parties with only unknown days included.
    alliance::io::write_period_csv(out, alliance::restricted(d.registry, find_organisation(d, "ORG", *org)));
}

}  // namespace alliance_cli
