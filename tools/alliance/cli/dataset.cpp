// cli/dataset.cpp — the data a command answers from (cli/support.hpp's
// load_dataset): files read by the library's readers, or the embedded
// dataset (cli/embedded.cpp). The readers, the embedded dataset and the
// rest of support.cpp are three units: together, any two of them take more
// memory to compile than a unit of the program may (docs/development.md).
#include "cli/support.hpp"

#include <alliance/io/read.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

dataset load_dataset(const std::optional<std::string>& file, const std::string& format) {
    return load_dataset(file ? std::vector<std::string>{*file} : std::vector<std::string>{}, format);
}

dataset load_dataset(const std::vector<std::string>& files, const std::string& format) {
    dataset d;
    if (files.empty()) return embedded_dataset();
    // alliance::error from the reader already names the file, line and field.
    for (const auto& file : files) {
        alliance::io::read_report report;
        alliance::io::read_file_into(d.registry, file, format, &report);
        d.origin += (d.origin.empty() ? "" : "; ") + file;
        d.formats.push_back(report.format);
    }
    d.embedded = false;
    return d;
}

}  // namespace alliance_cli
