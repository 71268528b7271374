// cli/dataset.cpp — the data a command answers from (cli/support.hpp's
// load_dataset): files read by the library's readers, or the embedded
// dataset (cli/embedded.cpp). The readers and the embedded dataset are the
// program's largest includes, so each has a unit of its own, apart from
// support.cpp (docs/development.md, "What a build costs").
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
    if (files.empty()) return embedded_dataset();
    dataset d;
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
