// cli/dataset.hpp — the data a command answers from: the embedded CSTO
// dataset or the files given with --data, in one registry. Apart from
// cli/support.hpp because the registry's header is large to compile and
// cli/app.cpp, which only hands a dataset to a command, does not need it.
#pragma once

#include "cli/support.hpp"

#include <alliance/registry.hpp>

#include <string>
#include <vector>

namespace alliance_cli {

// The data a command answers from: the embedded CSTO dataset, or a file.
struct dataset {
    alliance::registry registry;
    bool embedded = true;
    std::string origin;  // "the embedded CSTO dataset" or the file's path
    std::vector<std::string> formats;  // the format of each file read, in order ("cow-igo-state-year")
    std::vector<alliance::data::codes::scheme> code_schemes;  // --codes: the code columns of every table
    mutable bool used_codes = false;  // the country-code crosswalk answered (for `cite`)
};

// The embedded CSTO dataset (what open_dataset gives without a file).
[[nodiscard]] dataset embedded_dataset();

}  // namespace alliance_cli
