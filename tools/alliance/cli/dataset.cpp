// cli/dataset.cpp — the data a command answers from (cli/support.hpp's
// open_dataset): files read by the library's readers, or the embedded
// dataset (cli/embedded.cpp). The readers and the embedded dataset are the
// program's largest includes, so each has a unit of its own, apart from
// support.cpp (docs/development.md, "What a build costs").
#include "cli/dataset.hpp"

#include <alliance/io/read.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

std::shared_ptr<dataset> open_dataset(const std::vector<std::string>& files, const std::string& format,
                                      std::vector<alliance::data::codes::scheme> code_schemes) {
    auto d = std::make_shared<dataset>(files.empty() ? embedded_dataset() : dataset{});
    // alliance::error from the reader already names the file, line and field.
    for (const auto& file : files) {
        alliance::io::read_report report;
        alliance::io::read_file_into(d->registry, file, format, &report);
        d->origin += (d->origin.empty() ? "" : "; ") + file;
        d->formats.push_back(report.format);
    }
    d->embedded = files.empty();
    d->code_schemes = std::move(code_schemes);
    return d;
}

}  // namespace alliance_cli
