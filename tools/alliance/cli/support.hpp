// cli/support.hpp — what every command of the `alliance` program shares:
// its error type, argument parsing, the data it answers from, and plain-text
// tables.
#pragma once

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The crosswalk's schemes, declared rather than included: most units of the
// program need the type, not the crosswalk (alliance/data/codes.hpp, large to
// compile); a unit that includes both checks that the two declarations agree.
namespace alliance::data::codes {
enum class scheme : std::uint8_t;
}  // namespace alliance::data::codes

// The registry's ids, declared for the same reason (alliance/registry.hpp).
namespace alliance {
struct organisation_id;
struct party_id;
}  // namespace alliance

namespace alliance_cli {

// A mistake in what the user asked: an argument that is not a date, a key the
// data does not know. The message says what was wrong and where (which
// argument); the program prints it on one line and exits with status 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The data a command answers from (cli/dataset.hpp): declared, not defined,
// so that a unit that only passes it on (cli/app.cpp) does not compile the
// registry's header.
struct dataset;

// Reads every file (in `format`, "auto" to guess), in order, into one
// registry (io::read_file_into), or with none builds the embedded dataset;
// the origin lists the paths, "; "-separated. Its tables show the code
// columns of `code_schemes` (--codes).
[[nodiscard]] std::shared_ptr<dataset> open_dataset(const std::vector<std::string>& files, const std::string& format,
                                                    std::vector<alliance::data::codes::scheme> code_schemes);
// --assume-observed-until DATE: every organisation with a coverage window
// observed from its first day to DATE (a usage error when DATE is no day).
void assume_observed_until(dataset& d, std::string_view date_text);

// "cown,iso3c" -> the schemes (cli/codes.cpp); an unknown or empty name is a
// usage error naming the accepted ones, which code_scheme_names() lists.
[[nodiscard]] std::vector<alliance::data::codes::scheme> parse_code_schemes(std::string_view list);
[[nodiscard]] std::string code_scheme_names();

// A DATE argument: exactly YYYY-MM-DD, a day that exists. `argument` names it in errors.
[[nodiscard]] date::sys_days parse_day(std::string_view argument, std::string_view text);
// A YEAR argument: four digits, 0001-9999.
[[nodiscard]] date::year parse_year(std::string_view argument, std::string_view text);

// Keys as the data spells them, from what the user typed (any case; a party
// also by its English name, an alias, or any of its country's codes on `day`,
// or on any day without one: alliance/data/codes.hpp). Unknown keys are usage
// errors that list the keys the data knows; a code naming two parties is one
// that names both.
[[nodiscard]] alliance::organisation_id find_organisation(const dataset& d, std::string_view argument,
                                                          std::string_view text);
[[nodiscard]] alliance::party_id find_party(const dataset& d, std::string_view argument, std::string_view text,
                                            std::optional<date::sys_days> day = std::nullopt);

// Today, in UTC: the default end of charts and panels.
[[nodiscard]] date::sys_days today();

// One citation per source key of a period ("001;004"): title, author,
// publisher and date when the data is the embedded dataset, else the key.
[[nodiscard]] std::vector<std::string> citations(const dataset& d, std::string_view source_keys);

// A table printed with columns padded to their widest cell; the last column is not padded.
class text_table {
public:
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> rows_;
};

// The number of characters of UTF-8 text as a terminal shows them (one per code point).
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

// Splits "a;b;c" into its non-empty parts.
[[nodiscard]] std::vector<std::string_view> split_keys(std::string_view text);

// Text as one line of output shows it, and as valid UTF-8 that XML and JSON
// accept: a line break, a tab or a carriage return as \n, \t, \r, another
// control character and a byte that is not UTF-8 as \xNN, a C1 control and
// U+FFFE, U+FFFF as \uNNNN. Everything else is unchanged. For text the
// readers do not check: file names, and what a program built on the library
// puts in a registry.
[[nodiscard]] std::string printable(std::string_view text);

}  // namespace alliance_cli
