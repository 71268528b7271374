// cli/embedded.cpp — the embedded CSTO dataset (alliance/data/csto.hpp) as
// the data a command answers from, and its sources as citations (see
// cli/support.hpp). A unit of its own: see cli/dataset.cpp.
#include "cli/dataset.hpp"

#include <alliance/data/csto.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance_cli {

dataset embedded_dataset() {
    dataset d;
    d.registry = alliance::data::csto_registry();
    d.embedded = true;
    d.origin = "the embedded CSTO dataset";
    return d;
}

std::vector<std::string> citations(const dataset& d, std::string_view source_keys) {
    std::vector<std::string> out;
    for (const auto key : split_keys(source_keys)) {
        std::string line(key);
        if (d.embedded) {
            for (const auto& s : alliance::data::csto::sources) {
                if (s.key != key) continue;
                line += ": " + std::string(s.title);
                if (!s.author.empty()) line += ", " + std::string(s.author);
                if (!s.publisher.empty()) line += ", " + std::string(s.publisher);
                if (!s.published.empty()) line += ", " + std::string(s.published);
                line += " [" + std::string(s.file) + "]";
            }
        }
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace alliance_cli
